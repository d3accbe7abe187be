import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { runs } from "../../../db/schema";
import { ensureDemoProject } from "../../demo/seed-demo";
import { runSettled } from "../../jobs/run-manager";
import { listPaths } from "../../services/paths";
import { runTrajectories } from "../../services/runs";
import { expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());

function setup() {
  current = testCaller();
  const projectId = ensureDemoProject(current.db).projectId ?? 0;
  const paths = listPaths(current.db, projectId);
  return { ...current, projectId, paths };
}

function assertOk<T extends { ok: boolean }>(result: T): asserts result is Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result)}`);
}

describe("turn preview", () => {
  it("shows one path turn by turn without storing a run, exactly as a run then stores it", async () => {
    const { caller, db, projectId, paths } = setup();
    const path = paths.find((p) => p.turns.length >= 3 && p.turns.every((t) => t.kind === "call")) ?? paths[0];
    if (!path) throw new Error("the demo has no paths");
    const result = await caller.runs.preview({ projectId, pathId: path.id, seed: 3 });
    assertOk(result);
    const { preview } = result;
    expect(preview.turns.map((t) => t.kind)).toEqual(path.turns.map((t) => t.kind));
    for (const turn of preview.turns) {
      expect(turn.query.length).toBeGreaterThan(0);
      expect(turn.steps.flatMap((s) => s.calls).length).toBeGreaterThan(0);
      expect(turn.steps.flatMap((s) => s.outputs).length).toBe(turn.steps.flatMap((s) => s.calls).length);
      expect(Object.keys(turn.checks)).toEqual(expect.arrayContaining(["schema", "unknown_names", "failure_text"]));
      expect(turn.verdict).toBe("correct");
    }
    expect(preview.negatives.length).toBeGreaterThan(0);
    expect(preview.negatives[0]?.action.length).toBeGreaterThan(0);
    expect(db.select({ n: sql<number>`count(*)` }).from(runs).get()?.n).toBe(0);

    const { runId } = await caller.runs.start({ projectId, pathIds: [path.id], seed: 3 });
    await runSettled(db, runId);
    const stored = runTrajectories(db, runId);
    const positive = stored.find((t) => t.polarity === "positive");
    expect(positive?.turns.map((t) => [t.query, t.reference, t.outputs])).toEqual(preview.turns.map((t) => [t.query, t.steps.flatMap((s) => s.calls), t.steps.flatMap((s) => s.outputs)]));
    expect(stored.filter((t) => t.polarity === "negative").map((t) => [t.id, t.error_type])).toEqual(preview.negatives.map((n) => [n.id, n.errorType]));
  });

  it("edits a turn's query: the calls are derived from the new query and the later turns follow it", async () => {
    const { caller, projectId, paths } = setup();
    // A first turn whose query states a word value of its first call in quotes ("with the city 'Lisbon'").
    let found: { pathId: string; query: string; parameter: string; value: string } | undefined;
    for (const path of paths.filter((p) => p.turns[0]?.kind === "call")) {
      const result = await caller.runs.preview({ projectId, pathId: path.id });
      assertOk(result);
      const first = result.preview.turns[0];
      const call = first?.steps[0]?.calls[0];
      const stated = Object.entries(call?.arguments ?? {}).find(([, value]) => typeof value === "string" && /^[A-Z][a-z]+$/.test(value) && first?.query.includes(`'${value}'`));
      if (first && stated && typeof stated[1] === "string") {
        found = { pathId: path.id, query: first.query, parameter: stated[0], value: stated[1] };
        break;
      }
    }
    if (!found) throw new Error("no demo path states a word value in its first query");
    const { pathId, query, parameter, value } = found;

    // The same words again change nothing: the edit replays the path faithfully.
    const same = await caller.runs.editTurn({ projectId, pathId, turn: 0, query });
    assertOk(same);
    expect(same.changed).toEqual([]);
    expect(same.preview.turns).toEqual(same.original.turns);

    const rewritten = query.replace(`'${value}'`, "'Zanzibar'");
    const edited = await caller.runs.editTurn({ projectId, pathId, turn: 0, query: rewritten });
    assertOk(edited);
    expect(edited.preview.turns[0]?.query).toBe(rewritten);
    expect(edited.preview.turns[0]?.steps[0]?.calls[0]?.arguments[parameter]).toBe("Zanzibar");
    expect(edited.changed).toContain(0);
    expect(edited.original.turns[0]?.query).toBe(query);
  });

  it("regenerates with the next seeds until the turn changes, saying which turns changed", async () => {
    const { caller, projectId, paths } = setup();
    const path = paths.find((p) => p.turns.length >= 2 && p.turns.every((t) => t.kind === "call"));
    if (!path) throw new Error("the demo has no path of two call turns");
    const result = await caller.runs.regenerateTurn({ projectId, pathId: path.id, seed: 1, turn: 1 });
    assertOk(result);
    expect(result.seed).toBeGreaterThan(1);
    expect(result.turnChanged).toBe(true);
    expect(result.changed).toContain(1);
    expect(result.preview.seed).toBe(result.seed);
  });

  it("refuses unknown paths and turns", async () => {
    const { caller, projectId, paths } = setup();
    const path = paths[0];
    if (!path) throw new Error("the demo has no paths");
    await expectTrpcError(caller.runs.preview({ projectId, pathId: "nope" }), "NOT_FOUND", /path "nope" not found/);
    await expectTrpcError(caller.runs.editTurn({ projectId, pathId: path.id, turn: 99, query: "hi" }), "BAD_REQUEST", /field turn: path .* has \d+ turns/);
    await expectTrpcError(caller.runs.editTurn({ projectId, pathId: path.id, turn: 0, query: "  " }), "BAD_REQUEST", /field query: cannot be empty/);
    await expectTrpcError(caller.runs.preview({ projectId, pathId: path.id, teacher: { kind: "profile", profileId: 5 } }), "NOT_FOUND", /teacher profile "5"/);
  });
});
