import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
});
