import { afterEach, describe, expect, it } from "vitest";
import { createJavaScriptExecutor } from "../../executors/javascript-executor";
import { builtinToolkits } from "../../executors/toolkits";
import { runSynthesisJob } from "../../jobs/synthesis-job";
import { listFunctions } from "../../services/catalogs";
import { createTeacher } from "../../teacher/create-teacher";
import { hasSharedData } from "../../../test/shared-data";
import { bfclDoc, expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());

/** A project with a finished offline run over its first paths (as `magnet synth` would store it). */
async function projectWithRun() {
  current = testCaller();
  const { caller, db } = current;
  const { id: projectId } = await caller.projects.create({ name: "p" });
  await caller.catalog.import({ projectId, files: [bfclDoc("gorilla_file_system.json"), bfclDoc("message_api.json")] });
  await caller.graph.rebuild({ projectId, settings: {} });
  await caller.paths.sample({ projectId, settings: { steps: 3, seed: 5 } });
  const paths = (await caller.paths.list({ projectId })).slice(0, 4);
  const result = await runSynthesisJob(db, {
    name: "r1",
    projectId,
    functions: listFunctions(db, projectId),
    paths,
    teacher: createTeacher("offline", db),
    executors: [createJavaScriptExecutor(builtinToolkits)],
    seed: 1,
    negatives: ["wrong_summarization"],
    judge: false,
    roundTrip: false,
    concurrency: 2,
  });
  return { caller, projectId, result };
}

describe.skipIf(!hasSharedData)("runs and trajectories routers", () => {
  it("list runs with progress, their failures and their trajectories page by page", async () => {
    const { caller, projectId, result } = await projectWithRun();
    const runs = await caller.runs.list({ projectId });
    expect(runs).toEqual([expect.objectContaining({ name: "r1", status: "done", total: 4, done: 4 - result.progress.failed })]);
    expect(await caller.runs.list({})).toHaveLength(1);
    const runId = runs[0]?.runId ?? 0;
    expect(await caller.runs.progress({ runId })).toEqual(runs[0]);
    expect(await caller.runs.failures({ runId })).toEqual(result.failures);
    const page = await caller.trajectories.list({ runId, offset: 1, limit: 2 });
    expect(page.total).toBe(result.trajectories.length);
    expect(page.items).toEqual(result.trajectories.slice(1, 3));
  });

  it("refuses unknown runs and bad pages", async () => {
    const { caller } = await projectWithRun();
    await expectTrpcError(caller.runs.progress({ runId: 99 }), "NOT_FOUND", /run "99" not found/);
    await expectTrpcError(caller.runs.failures({ runId: 99 }), "NOT_FOUND", /run "99"/);
    await expectTrpcError(caller.trajectories.list({ runId: 99 }), "NOT_FOUND", /run "99"/);
    await expectTrpcError(caller.trajectories.list({ runId: 1, limit: 5000 }), "BAD_REQUEST", /field limit/);
    await expectTrpcError(caller.runs.list({ projectId: 0 }), "BAD_REQUEST", /field projectId/);
  });
});
