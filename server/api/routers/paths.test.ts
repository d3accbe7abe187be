import { afterEach, describe, expect, it } from "vitest";
import type { FunctionPath } from "../../pipeline/schemas/path";
import { hasSharedData } from "../../../test/shared-data";
import { bfclDoc, expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());

/** A project on BFCL's file system and message APIs, with its graph and one batch of plain walks. */
async function projectWithPaths() {
  current = testCaller();
  const { caller } = current;
  const { id: projectId } = await caller.projects.create({ name: "p" });
  await caller.catalog.import({ projectId, files: [bfclDoc("gorilla_file_system.json"), bfclDoc("message_api.json")] });
  await caller.graph.rebuild({ projectId, settings: {} });
  const sampled = await caller.paths.sample({ projectId, settings: { steps: 4, mergeP: 0, insertP: 0, splitP: 0, irrelevanceP: 0, seed: 2 } });
  return { caller, projectId, sampled };
}

describe.skipIf(!hasSharedData)("paths router", () => {
  it("samples, lists and gets paths, and reports coverage", async () => {
    const { caller, projectId, sampled } = await projectWithPaths();
    expect(sampled.batch).toBe(1);
    const paths = await caller.paths.list({ projectId });
    expect(paths).toHaveLength(sampled.paths);
    const first = paths[0] as FunctionPath;
    expect(await caller.paths.get({ projectId, pathId: first.id })).toEqual(first);
    const coverage = await caller.paths.coverage({ projectId });
    expect(coverage.summary.functions.covered).toBeGreaterThan(0);
  });

  it("offers only valid choices, previews merge, insert, split and undo on a draft, and saves it", async () => {
    const { caller, projectId } = await projectWithPaths();
    const paths = await caller.paths.list({ projectId });
    let draft = paths.find((p) => p.turns.length >= 3) as FunctionPath;
    const stored = draft;
    const choices = await caller.paths.choices({ projectId, path: draft });
    expect(choices.merge).toContain(0);
    expect(choices.links.length).toBeGreaterThan(0);
    expect(choices.links.some((l) => l.edge !== null)).toBe(true);

    draft = (await caller.paths.preview({ projectId, path: draft, edit: { action: "apply", operation: { op: "merge", at: 0 } } })).path;
    expect(draft.turns).toHaveLength(stored.turns.length - 1);
    const next = await caller.paths.choices({ projectId, path: draft });
    for (const op of [next.insert[0], next.split[0]]) {
      if (!op) continue;
      draft = (await caller.paths.preview({ projectId, path: draft, edit: { action: "apply", operation: op } })).path;
    }
    expect(draft.operations.length).toBeGreaterThanOrEqual(2);
    const undone = await caller.paths.preview({ projectId, path: draft, edit: { action: "undo" } });
    expect(undone.undone).toEqual(draft.operations.at(-1));
    expect(await caller.paths.get({ projectId, pathId: stored.id })).toEqual(stored);

    const saved = await caller.paths.save({ projectId, path: undone.path });
    expect(saved).toEqual(undone.path);
    expect(await caller.paths.get({ projectId, pathId: stored.id })).toEqual(undone.path);
  });

  it("refuses invalid operations and forged paths with the reason, storing nothing", async () => {
    const { caller, projectId } = await projectWithPaths();
    const path = (await caller.paths.list({ projectId }))[0] as FunctionPath;
    await expectTrpcError(caller.paths.preview({ projectId, path, edit: { action: "apply", operation: { op: "merge", at: 40 } } }), "BAD_REQUEST", /merge/);
    await expectTrpcError(caller.paths.preview({ projectId, path, edit: { action: "undo" } }), "BAD_REQUEST", /no operation to undo/);
    await expectTrpcError(caller.paths.preview({ projectId, path, edit: { action: "apply", operation: { op: "split", at: 0, label: "miss_param", function: "nope" } } }), "BAD_REQUEST", /.+/);
    const forged: FunctionPath = { ...path, turns: [{ kind: "call", functions: ["send_message", "nope"] }] };
    await expectTrpcError(caller.paths.save({ projectId, path: forged }), "BAD_REQUEST", /field turns/);
    await expectTrpcError(caller.paths.save({ projectId, path: { ...path, id: "missing" } }), "NOT_FOUND", /path "missing" not found/);
    await expectTrpcError(caller.paths.get({ projectId, pathId: "missing" }), "NOT_FOUND", /not found/);
    await expectTrpcError(caller.paths.sample({ projectId, settings: { steps: 0 } }), "BAD_REQUEST", /field settings\.steps/);
    await expectTrpcError(caller.paths.choices({ projectId, path: { ...path, turns: "x" } as never }), "BAD_REQUEST", /field path\.turns/);
    expect(await caller.paths.get({ projectId, pathId: path.id })).toEqual(path);
  });

  it("refuses to sample before the graph has edges", async () => {
    current = testCaller();
    const { caller } = current;
    const { id: projectId } = await caller.projects.create({ name: "empty" });
    await expectTrpcError(caller.paths.sample({ projectId, settings: {} }), "BAD_REQUEST", /build the graph first/);
    expect(await caller.paths.list({ projectId })).toEqual([]);
  });
});
