import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { runItems, runs, trajectories } from "../../../db/schema";
import { startFakeOpenAI, type FakeOpenAI } from "../../../test/fake-openai/server";
import { openTempDatabase } from "../../../test/temp-db";
import { ensureDemoProject } from "../../demo/seed-demo";
import { createJavaScriptExecutor } from "../../executors/javascript-executor";
import { builtinToolkits } from "../../executors/toolkits";
import { runSettled } from "../../jobs/run-manager";
import { openSynthesisRun } from "../../jobs/synthesis-job";
import { TeacherError, type Teacher } from "../../pipeline/teacher";
import { listFunctions } from "../../services/catalogs";
import { listPaths } from "../../services/paths";
import { completeItem, runTrajectories } from "../../services/runs";
import { configuredTeacherFor } from "../../services/teacher-profiles";
import { createOfflineConfigured, type ConfiguredTeacher } from "../../teacher/create-teacher";
import { createInnerContext } from "../context";
import { createCaller } from "../root";
import { expectTrpcError } from "../test/caller";

let dispose: (() => void) | undefined;
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  dispose?.();
  dispose = undefined;
  await fake?.close();
  fake = undefined;
});

/**
 * The offline teacher, with two handles a test needs to catch a run half-way without sleeping: it can
 * hold the n-th path at its first request until the run is stopped, and it can fail every request.
 */
function controllableTeacher() {
  const offline = createOfflineConfigured();
  const control: { holdPath?: number; failing: boolean; held: Promise<void> } = { failing: false, held: Promise.resolve() };
  let reached = () => {};
  const holdAt = (n: number) => {
    control.holdPath = n;
    control.held = new Promise<void>((resolve) => (reached = resolve));
  };
  let paths = 0;
  const teacher: Teacher = {
    backend: offline.teacher.backend,
    model: offline.teacher.model,
    async complete(request, signal) {
      if (control.failing) throw new TeacherError("bad_answer", "scripted failure", "RAW TEACHER TEXT");
      // Every path starts with the back-translation of its first turn.
      if (request.task.role === "back_translate" && request.task.history.length === 0) paths++;
      if (control.holdPath !== undefined && paths === control.holdPath) {
        reached();
        await new Promise((_, reject) => signal?.addEventListener("abort", () => reject(new Error("stopped")), { once: true }));
      }
      return offline.teacher.complete(request, signal);
    },
  };
  const configured: ConfiguredTeacher = { ...offline, teacher };
  return { control, holdAt, configured, resetCount: () => (paths = 0) };
}

function setup() {
  const database = openTempDatabase();
  dispose = database.dispose;
  const { db } = database;
  const projectId = ensureDemoProject(db).projectId ?? 0;
  const controllable = controllableTeacher();
  const caller = createCaller(
    createInnerContext(db, { teacherFor: (choice) => (choice.kind === "offline" ? controllable.configured : configuredTeacherFor(db, choice)) }),
  );
  const rows = (table: typeof runs | typeof runItems | typeof trajectories) => db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  const trajectoryRows = (runId: number) => db.select({ id: trajectories.trajectoryId }).from(trajectories).where(eq(trajectories.runId, runId)).all().map((r) => r.id);
  return { db, caller, projectId, ...controllable, rows, trajectoryRows };
}

describe("studio runs", () => {
  it("starts an offline run over the first paths, answers at once, and finishes in the background", async () => {
    const { db, caller, projectId, trajectoryRows } = setup();
    const { runId } = await caller.runs.start({ projectId, count: 3, seed: 7 });
    const started = await caller.runs.progress({ runId });
    expect(started).toMatchObject({ runId, total: 3, live: true, state: "running", projectId, settings: { teacher: { backend: "offline" }, seed: 7 } });
    await runSettled(db, runId);
    const finished = await caller.runs.progress({ runId });
    expect(finished).toMatchObject({ status: "done", state: "done", live: false, done: 3, failed: 0, pending: 0, rate: 0, etaSeconds: null });
    expect(finished.name).toBe(`studio-p${projectId}-1`);
    expect(trajectoryRows(runId).length).toBeGreaterThanOrEqual(3);
    expect((await caller.runs.list({ projectId })).map((r) => r.runId)).toEqual([runId]);
    const firstPaths = listPaths(db, projectId).slice(0, 3).map((p) => p.id);
    expect([...new Set(runTrajectories(db, runId).map((t) => t.path_id))]).toEqual(firstPaths);
  });

  it("pauses a live run after the item in flight and resumes it with nothing duplicated", async () => {
    const { db, caller, projectId, holdAt, control, resetCount, trajectoryRows } = setup();
    holdAt(2);
    const { runId } = await caller.runs.start({ projectId, count: 4, concurrency: 1, negatives: ["wrong_summarization"] });
    await control.held;
    expect(await caller.runs.pause({ runId })).toMatchObject({ state: "pausing", live: true });
    await runSettled(db, runId);
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "paused", state: "paused", live: false, done: 1, pending: 3 });
    const afterPause = trajectoryRows(runId);
    expect(afterPause.length).toBeGreaterThan(0);
    await expectTrpcError(caller.runs.pause({ runId }), "CONFLICT", /not running in this studio/);

    control.holdPath = undefined;
    await caller.runs.resume({ runId });
    await runSettled(db, runId);
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "done", done: 4, pending: 0, failed: 0 });

    // The same paths and settings run straight through give exactly the same trajectories.
    resetCount();
    const { runId: straight } = await caller.runs.start({ projectId, count: 4, concurrency: 1, negatives: ["wrong_summarization"] });
    await runSettled(db, straight);
    const resumed = trajectoryRows(runId);
    expect(new Set(resumed).size).toBe(resumed.length);
    expect(resumed).toEqual(trajectoryRows(straight));
    expect(resumed.slice(0, afterPause.length)).toEqual(afterPause);
    expect(runTrajectories(db, runId)).toEqual(runTrajectories(db, straight));
  });

  it("cancels a live run for good", async () => {
    const { db, caller, projectId, holdAt, control } = setup();
    holdAt(2);
    const { runId } = await caller.runs.start({ projectId, count: 4, concurrency: 1 });
    await control.held;
    expect(await caller.runs.cancel({ runId })).toMatchObject({ state: "cancelling" });
    await runSettled(db, runId);
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "cancelled", state: "cancelled", done: 1, pending: 3 });
    await expectTrpcError(caller.runs.resume({ runId }), "CONFLICT", /was cancelled/);
    await expectTrpcError(caller.runs.cancel({ runId }), "CONFLICT", /was cancelled/);
  });

  it("lists failures with the teacher's raw text and retries one, then the rest", async () => {
    const { db, caller, projectId, control } = setup();
    control.failing = true;
    const { runId } = await caller.runs.start({ projectId, count: 3 });
    await runSettled(db, runId);
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "failed", state: "failed", done: 0, failed: 3 });
    const failures = await caller.runs.failures({ runId });
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatchObject({ error: "bad_answer: scripted failure", raw: "RAW TEACHER TEXT", attempts: 1 });

    control.failing = false;
    const first = failures[0]?.pathId ?? "";
    await caller.runs.retryItem({ runId, pathId: first });
    await runSettled(db, runId);
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "failed", done: 1, failed: 2, pending: 0 });
    expect((await caller.runs.failures({ runId })).map((f) => f.pathId)).not.toContain(first);
    await expectTrpcError(caller.runs.retryItem({ runId, pathId: first }), "NOT_FOUND", /failed item of run \d+ ".*" not found/);

    await caller.runs.retryFailed({ runId });
    await runSettled(db, runId);
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "done", done: 3, failed: 0 });
    await expectTrpcError(caller.runs.retryFailed({ runId }), "CONFLICT", /no failed items/);
  });

  it("refuses bad input and writes nothing", async () => {
    const { caller, projectId, rows } = setup();
    await expectTrpcError(caller.runs.start({ projectId, pathIds: ["nope"] }), "BAD_REQUEST", /field pathIds\[0\]: path "nope" is not in this project/);
    await expectTrpcError(caller.runs.start({ projectId, teacher: { kind: "profile", profileId: 99 } }), "NOT_FOUND", /teacher profile "99" not found/);
    await expectTrpcError(caller.runs.start({ projectId, count: 1000 }), "BAD_REQUEST", /field count: 1000 paths asked for, but only \d+ are chosen/);
    await expectTrpcError(caller.runs.start({ projectId, concurrency: 0 }), "BAD_REQUEST", /field concurrency/);
    await expectTrpcError(caller.runs.start({ projectId: 999 }), "NOT_FOUND", /project "999"/);
    // @ts-expect-error: not an error type, as a hand-written request could send
    await expectTrpcError(caller.runs.start({ projectId, negatives: ["nonsense"] }), "BAD_REQUEST", /field negatives\[0\]/);
    expect([rows(runs), rows(runItems), rows(trajectories)]).toEqual([0, 0, 0]);
  });

  it("shows a run another process works on as moving, and one whose process died as interrupted and resumable", async () => {
    const { db, caller, projectId } = setup();
    const paths = listPaths(db, projectId).slice(0, 3);
    // What `magnet synth` in another process leaves: an open run, one item finished a moment ago.
    const { runId } = openSynthesisRun(db, {
      name: "cli-run",
      projectId,
      functions: listFunctions(db, projectId),
      paths,
      teacher: createOfflineConfigured(),
      executors: [createJavaScriptExecutor(builtinToolkits)],
      seed: 1,
      negatives: [],
      judge: false,
      roundTrip: false,
      concurrency: 1,
    });
    // Owned by a live process of this machine (the test runner's parent stands in for `magnet synth`).
    db.update(runs).set({ owner: `${process.ppid}@${hostname()}` }).where(eq(runs.id, runId)).run();
    const [item] = db.select({ id: runItems.id }).from(runItems).where(eq(runItems.runId, runId)).all();
    completeItem(db, runId, item?.id ?? 0, [], [], { requests: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 });
    const elsewhere = await caller.runs.progress({ runId });
    expect(elsewhere).toMatchObject({ status: "running", state: "running-elsewhere", live: false, done: 1 });
    expect(elsewhere.rate).toBeGreaterThan(0);
    expect(elsewhere.etaSeconds).toBeGreaterThan(0);
    await expectTrpcError(caller.runs.resume({ runId }), "CONFLICT", /making progress in another process/);
    await expectTrpcError(caller.runs.pause({ runId }), "CONFLICT", /not running in this studio/);

    // Its process is gone: interrupted at once, though the run moved a moment ago.
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    db.update(runs).set({ owner: `${gone}@${hostname()}` }).where(eq(runs.id, runId)).run();
    expect(await caller.runs.progress({ runId })).toMatchObject({ state: "interrupted" });

    // Another machine's process can only be judged by activity: nothing has moved for minutes.
    db.update(runs).set({ owner: "4242@another-machine.example" }).where(eq(runs.id, runId)).run();
    expect(await caller.runs.progress({ runId })).toMatchObject({ state: "running-elsewhere" });
    const longAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    db.update(runs).set({ updatedAt: longAgo }).where(eq(runs.id, runId)).run();
    db.update(runItems).set({ updatedAt: longAgo }).where(eq(runItems.runId, runId)).run();
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "running", state: "interrupted", rate: 0, etaSeconds: null });
    await caller.runs.resume({ runId });
    await runSettled(db, runId);
    expect(await caller.runs.progress({ runId })).toMatchObject({ status: "done", done: 3 });
  });

  it("runs with a teacher profile keep its key out of the run, its failures and every answer", async () => {
    const KEY = "sk-run-key-0a9b8c7d6e5f";
    fake = await startFakeOpenAI(() => ({ kind: "status", status: 401, message: `Incorrect API key provided: ${KEY}` }));
    const { db, caller, projectId } = setup();
    const profile = await caller.teachers.create({ name: "echoing", baseUrl: fake.url, model: "fake-model", apiKey: KEY });
    const { runId } = await caller.runs.start({ projectId, count: 2, teacher: { kind: "profile", profileId: profile.id } });
    await runSettled(db, runId);
    const failures = await caller.runs.failures({ runId });
    expect(failures).toHaveLength(2);
    expect(failures[0]?.error).toMatch(/^auth: .*\[redacted\]/);
    const config = db.select({ config: runs.config }).from(runs).where(eq(runs.id, runId)).get()?.config ?? "";
    expect(JSON.parse(config).teacher).toEqual({ backend: "openai", model: "fake-model", baseURL: fake.url, profileId: profile.id });
    const everything = JSON.stringify([config, failures, await caller.runs.list({ projectId }), await caller.runs.progress({ runId }), await caller.teachers.list()]);
    expect(everything).not.toContain(KEY);
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it("lists runs of no project apart from a project's", async () => {
    const { db, caller, projectId } = setup();
    const job = {
      functions: listFunctions(db, projectId),
      paths: listPaths(db, projectId).slice(0, 1),
      teacher: createOfflineConfigured(),
      executors: [],
      seed: 1,
      negatives: [],
      judge: false,
      roundTrip: false,
      concurrency: 1,
    };
    const loose = openSynthesisRun(db, { ...job, name: "loose" });
    const owned = openSynthesisRun(db, { ...job, name: "owned", projectId });
    expect((await caller.runs.list({ unassigned: true })).map((r) => r.runId)).toEqual([loose.runId]);
    expect((await caller.runs.list({ projectId })).map((r) => r.runId)).toEqual([owned.runId]);
    expect((await caller.runs.list({})).map((r) => r.runId)).toEqual([owned.runId, loose.runId]);
  });
});
