import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runItems, trajectories } from "../../db/schema";
import { openTempDatabase } from "../../test/temp-db";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { FunctionPath } from "../pipeline/schemas/path";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { completeItem, openRun, runTrajectories, unfinishedItems } from "./runs";
import { indexStoredTrajectories } from "./trajectory-store";

const spec = (id: string, toolkit: string): FunctionSpec => ({
  id,
  name: id,
  toolkit,
  category: "travel",
  description: id,
  parameters: { type: "object", properties: {}, required: [] },
  source: { format: "openai", file: "tools.json", record: 0 },
});
const path: FunctionPath = {
  id: "p1",
  turns: [{ kind: "call", functions: ["find_flights", "book_flight"] }, { kind: "miss_func", functions: [], withheld: { function: "get_weather" } }],
  initial: [{ kind: "call", functions: ["find_flights"] }],
  operations: [{ op: "merge", at: 0 }],
};
const trajectoryOf = (id: string, polarity: Trajectory["polarity"]): Trajectory => ({
  id,
  path_id: "p1",
  polarity,
  ...(polarity === "negative" ? { error_type: "wrong_arguments", pair: { positive_id: "p1-pos", turn: 0, message: 2 } } : {}),
  tools: [],
  messages: [
    { role: "user", content: "Find flights to Oslo and Book the first" },
    { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "find_flights", arguments: "{}" } }] },
  ],
  turns: [
    { kind: "call", query: "Find flights to Oslo and Book the first", reference: [], outputs: [], message_range: [0, 2] },
    { kind: "miss_func", query: "What is the weather?", reference: [], outputs: [], message_range: [2, 2] },
  ],
  checks: { schema: { passed: true, problems: [] }, round_trip: { passed: false, problems: ["differs"] } },
  provenance: { path_id: "p1", operations: [{ op: "merge", at: 0 }], teacher: { backend: "offline", model: "m" }, prompts: {}, seed: 1, executor: {} },
});
const config = {
  teacher: { backend: "offline", model: "m" },
  seed: 1,
  negatives: [],
  judge: false,
  roundTrip: false,
  functions: [spec("find_flights", "travel"), spec("book_flight", "travel"), spec("get_weather", "weather")],
};
const usage = { requests: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };

describe("trajectory store", () => {
  let database: ReturnType<typeof openTempDatabase>;
  beforeEach(() => {
    database = openTempDatabase();
  });
  afterEach(() => database.dispose());

  const completeOne = () => {
    const { runId } = openRun(database.db, { name: "r", config, paths: [path] });
    const [item] = unfinishedItems(database.db, runId);
    if (!item) throw new Error("no item");
    completeItem(database.db, runId, item.itemId, [trajectoryOf("p1-pos", "positive"), trajectoryOf("p1-neg", "negative")], [], usage);
    return { runId, itemId: item.itemId };
  };

  it("makes every finished trajectory a pending, filterable record in the run's order", () => {
    const { runId } = completeOne();
    const rows = database.db.select().from(trajectories).where(eq(trajectories.runId, runId)).all();
    expect(rows.map((r) => [r.trajectoryId, r.seq, r.status, r.version])).toEqual([
      ["p1-pos", 0, "pending", 0],
      ["p1-neg", 1, "pending", 0],
    ]);
    expect(rows[1]).toMatchObject({
      polarity: "negative",
      errorType: "wrong_arguments",
      turnKinds: " call miss_func ",
      operations: " merge ",
      toolkits: " travel weather ",
      failedChecks: " round_trip ",
      turnCount: 2,
      turnStatus: '["pending","pending"]',
    });
    expect(rows[0]?.searchText).toContain("find flights to oslo");
    expect(runTrajectories(database.db, runId).map((t) => t.id)).toEqual(["p1-pos", "p1-neg"]);
  });

  it("indexes finished items stored before the review tables existed, once", () => {
    const { runId, itemId } = completeOne();
    database.db.delete(trajectories).where(eq(trajectories.itemId, itemId)).run();
    expect(indexStoredTrajectories(database.db)).toBe(1);
    expect(indexStoredTrajectories(database.db)).toBe(0);
    expect(runTrajectories(database.db, runId).map((t) => t.id)).toEqual(["p1-pos", "p1-neg"]);
    expect(database.db.select().from(runItems).where(eq(runItems.id, itemId)).get()?.status).toBe("done");
  });
});
