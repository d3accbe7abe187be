import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runItems } from "../../db/schema";
import { openTempDatabase } from "../../test/temp-db";
import type { FunctionPath } from "../pipeline/schemas/path";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { TeacherError, type Teacher } from "../pipeline/teacher";
import { openRun, runFailures, runProgress, runTrajectories } from "../services/runs";
import { processRun } from "./process-run";
import type { ProgressEvent } from "./progress";

const path = (id: string): FunctionPath => ({ id, turns: [{ kind: "irrelevant", functions: [] }], initial: [{ kind: "irrelevant", functions: [] }], operations: [] });
const teacher: Teacher = { backend: "test", model: "m", complete: () => Promise.reject(new Error("unused")) };
const trajectoryOf = (p: FunctionPath): Trajectory => ({
  id: `${p.id}-pos`,
  path_id: p.id,
  polarity: "positive",
  tools: [],
  messages: [{ role: "user", content: p.id }],
  turns: [],
  checks: {},
  provenance: { path_id: p.id, operations: [], teacher: { backend: "test", model: "m" }, prompts: {}, seed: 1, executor: {} },
});
const config = { teacher: { backend: "test", model: "m" }, seed: 1, negatives: [], judge: false, roundTrip: false, functions: [] };

describe("processRun", () => {
  let database: ReturnType<typeof openTempDatabase>;
  beforeEach(() => {
    database = openTempDatabase();
  });
  afterEach(() => database.dispose());

  it("stores each item as it finishes, lists failures with the raw text, and retries them on resume", async () => {
    const { runId } = openRun(database.db, { name: "r", config, paths: ["a", "b", "c", "d"].map(path) });
    const events: ProgressEvent[] = [];
    let flaky = true;
    const synthesize = async (p: FunctionPath) => {
      if (p.id === "b" && flaky) throw new TeacherError("bad_answer", "back_translate: expected JSON", "{not json");
      if (p.id === "c" && flaky) throw new Error("tool unreachable");
      return { trajectories: [trajectoryOf(p)], filtered: [] };
    };
    const first = await processRun(database.db, runId, { teacher, concurrency: 2, synthesize, onProgress: (e) => events.push(e) });
    expect(first).toMatchObject({ status: "failed", done: 2, failed: 2, pending: 0 });
    expect(runFailures(database.db, runId)).toEqual([
      { pathId: "b", error: "bad_answer: back_translate: expected JSON", raw: "{not json", attempts: 1 },
      { pathId: "c", error: "Error: tool unreachable", raw: null, attempts: 1 },
    ]);
    expect(events.at(-1)).toMatchObject({ done: 2, failed: 2, total: 4 });

    flaky = false;
    const reopened = openRun(database.db, { name: "r", config, paths: ["a", "b", "c", "d"].map(path) });
    expect(reopened).toEqual({ runId, resumed: true });
    const second = await processRun(database.db, runId, { teacher, concurrency: 2, synthesize });
    expect(second).toMatchObject({ status: "done", done: 4, failed: 0 });
    expect(runTrajectories(database.db, runId).map((t) => t.path_id)).toEqual(["a", "b", "c", "d"]);
  });

  it("refuses to reuse a run name with other paths", () => {
    openRun(database.db, { name: "r", config, paths: [path("a")] });
    expect(() => openRun(database.db, { name: "r", config, paths: [path("a"), path("b")] })).toThrow(/exists with other settings or paths/);
    expect(() => openRun(database.db, { name: "r", config, paths: [path("z")] })).toThrow(/exists with other settings or paths/);
    expect(() => openRun(database.db, { name: "r", config: { ...config, seed: 2 }, paths: [path("a")] })).toThrow(/exists with other settings/);
    expect(runProgress(database.db, 1).total).toBe(1);
  });

  it("retries only the items asked for, leaving the run resumable", async () => {
    const paths = ["a", "b", "c"].map(path);
    const { runId } = openRun(database.db, { name: "r", config, paths });
    const failing = async () => Promise.reject(new TeacherError("server_error", "down"));
    await processRun(database.db, runId, { teacher, concurrency: 1, synthesize: failing });
    const items = database.db.select({ id: runItems.id, pathId: runItems.pathId }).from(runItems).all();
    const b = items.find((item) => item.pathId === "b")?.id ?? 0;
    database.db.update(runItems).set({ status: "pending" }).where(eq(runItems.id, b)).run();
    const synthesize = async (p: FunctionPath) => ({ trajectories: [trajectoryOf(p)], filtered: [] });
    const progress = await processRun(database.db, runId, { teacher, concurrency: 2, synthesize, retryFailed: false, itemIds: [b] });
    expect(progress).toMatchObject({ done: 1, failed: 2, pending: 0, status: "failed" });
    expect(runTrajectories(database.db, runId).map((t) => t.path_id)).toEqual(["b"]);
  });

  it("leaves an item stopped mid-way pending and counts what it spent", async () => {
    const { runId } = openRun(database.db, { name: "r", config, paths: ["a", "b"].map(path) });
    const controller = new AbortController();
    const spender: Teacher = { backend: "test", model: "m", complete: async () => ({ text: "x", model: "m", usage: { promptTokens: 7, completionTokens: 3 }, cached: false }) };
    const synthesize = async (_p: FunctionPath, metered: Teacher) => {
      await metered.complete({ task: { role: "judge_turn", query: "", reference: [], action: { calls: [] }, outputs: [] }, messages: [], promptId: "p", promptHash: "h" });
      controller.abort();
      throw new Error("stopped");
    };
    const progress = await processRun(database.db, runId, { teacher: spender, concurrency: 1, synthesize, signal: controller.signal });
    expect(progress).toMatchObject({ status: "paused", done: 0, failed: 0, pending: 2, usage: { requests: 1, promptTokens: 7, completionTokens: 3 } });
  });
});
