import { eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { reviewDecisions, trajectories } from "../../../db/schema";
import { Conflict } from "../../pipeline/errors";
import { reviewConflict } from "../../pipeline/review/review-inputs";
import { turnCalls } from "../../pipeline/review/turn-calls";
import { demoProjectWithRun } from "../../../test/demo-run";
import { negativeErrorTypes } from "../../pipeline/teacher";
import { expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());

/** The demo project with an offline run over its first paths, reviewable. */
async function reviewable(paths = 8) {
  current = testCaller();
  const run = await demoProjectWithRun(current.db, { name: "r1", paths, negatives: negativeErrorTypes, judge: true });
  return { ...current, ...run };
}

/** Everything a rejected write must leave as it was: the record and its history. */
const snapshot = (db: ReturnType<typeof testCaller>["db"], id: number) => ({
  row: db.select().from(trajectories).where(eq(trajectories.id, id)).get(),
  history: db.select().from(reviewDecisions).where(eq(reviewDecisions.trajectoryRowId, id)).all(),
});

async function conflictOf(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  if (!(error instanceof TRPCError)) throw new Error("no error");
  expect(error.code).toBe("CONFLICT");
  if (!(error.cause instanceof Conflict)) throw new Error("not a conflict");
  return reviewConflict.parse(error.cause.current);
}

describe("reviews router", () => {
  it("pages through the queue in a stable order, with filters, search and facets", async () => {
    const { caller, projectId, runId, trajectories: made } = await reviewable();
    const all = await caller.reviews.queue({ projectId, limit: 200 });
    expect(all.total).toBe(made.length);
    expect(all.items.map((i) => i.trajectoryId)).toEqual(made.map((t) => t.id));
    expect(all.items[0]).toMatchObject({ runId, status: "pending", version: 0, polarity: "positive", turnKinds: expect.arrayContaining(["call"]) });
    expect(all.items[0]?.firstQuery).toBe(made[0]?.turns[0]?.query.slice(0, 160));

    const pages = [await caller.reviews.queue({ projectId, offset: 0, limit: 5 }), await caller.reviews.queue({ projectId, offset: 5, limit: 5 })];
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(all.items.slice(0, 10).map((i) => i.id));
    expect(pages[1]?.total).toBe(made.length);

    const facets = await caller.reviews.facets({ projectId });
    expect(facets.total).toBe(made.length);
    expect(facets.statuses).toContainEqual({ status: "pending", count: made.length });
    expect(facets.runs).toEqual([{ runId, name: "r1", count: made.length }]);
    expect(facets.turnKinds).toContain("call");
    expect(facets.errorTypes.length).toBeGreaterThan(1);

    const negatives = made.filter((t) => t.polarity === "negative");
    const byPolarity = await caller.reviews.queue({ projectId, filters: { polarity: "negative" }, limit: 200 });
    expect(byPolarity.items.map((i) => i.trajectoryId)).toEqual(negatives.map((t) => t.id));
    const errorType = facets.errorTypes[0] ?? "";
    const byError = await caller.reviews.queue({ projectId, runId, filters: { errorType }, limit: 200 });
    expect(byError.items.map((i) => i.trajectoryId)).toEqual(made.filter((t) => t.error_type === errorType).map((t) => t.id));
    const operation = facets.operations[0] ?? "";
    const byOperation = await caller.reviews.queue({ projectId, filters: { operation }, limit: 200 });
    expect(byOperation.items.map((i) => i.trajectoryId)).toEqual(made.filter((t) => t.provenance.operations.some((o) => o.op === operation)).map((t) => t.id));
    const passed = await caller.reviews.queue({ projectId, filters: { check: "passed" }, limit: 200 });
    expect(passed.items.map((i) => i.trajectoryId)).toEqual(made.filter((t) => Object.values(t.checks).every((v) => v.passed)).map((t) => t.id));
    const toolkit = await caller.reviews.queue({ projectId, filters: { toolkit: facets.toolkits[0] }, limit: 200 });
    expect(toolkit.total).toBeGreaterThan(0);
    expect(toolkit.total).toBeLessThanOrEqual(made.length);

    const word = (made[0]?.turns[0]?.query ?? "").split(" ").find((w) => w.length > 5) ?? "";
    const found = await caller.reviews.queue({ projectId, search: word.toUpperCase(), limit: 200 });
    expect(found.items.map((i) => i.trajectoryId)).toEqual(made.filter((t) => t.turns.some((turn) => turn.query.toLowerCase().includes(word.toLowerCase()))).map((t) => t.id));
    expect((await caller.reviews.queue({ projectId, search: "no-such-words-anywhere" })).total).toBe(0);
  });

  it("refuses unknown projects and runs, and bad filters", async () => {
    const { caller, projectId } = await reviewable(2);
    await expectTrpcError(caller.reviews.queue({ projectId: 99 }), "NOT_FOUND", /project/);
    await expectTrpcError(caller.reviews.queue({ projectId, runId: 99 }), "NOT_FOUND", /run "99"/);
    await expectTrpcError(caller.reviews.facets({ projectId, runId: 99 }), "NOT_FOUND", /run "99"/);
    await expectTrpcError(caller.reviews.queue({ projectId, limit: 5000 }), "BAD_REQUEST", /field limit/);
    await expectTrpcError(caller.reviews.queue({ projectId, filters: { toolkit: "two words" } }), "BAD_REQUEST", /field filters\.toolkit/);
    await expectTrpcError(caller.reviews.get({ id: 9999 }), "NOT_FOUND", /trajectory "9999"/);
  });

  it("shows a negative beside its positive, where they diverge, and each call's argument check", async () => {
    const { caller, projectId, trajectories: made } = await reviewable();
    const queue = await caller.reviews.queue({ projectId, limit: 200 });
    const negative = made.find((t) => t.polarity === "negative" && t.pair);
    const negativeRow = queue.items.find((i) => i.trajectoryId === negative?.id);
    const positiveRow = queue.items.find((i) => i.trajectoryId === negative?.pair?.positive_id);
    if (!negative?.pair || !negativeRow || !positiveRow) throw new Error("the run made no pair");

    const detail = await caller.reviews.get({ id: negativeRow.id });
    expect(detail.item).toMatchObject({ id: negativeRow.id, trajectoryId: negative.id, polarity: "negative", status: "pending", version: 0 });
    expect(detail.item.data).toEqual(negative);
    expect(detail.item.turnStatus).toEqual(negative.turns.map(() => "pending"));
    expect(detail.item.callChecks.map((c) => c.id)).toEqual(negative.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []).map((c) => c.id) : [])));
    expect(detail.history).toEqual([]);
    expect(detail.partners).toEqual([
      expect.objectContaining({ id: positiveRow.id, polarity: "positive", divergence: { positiveId: negative.pair.positive_id, turn: negative.pair.turn, message: negative.pair.message } }),
    ]);

    const positive = await caller.reviews.get({ id: positiveRow.id });
    const negativesOfPositive = made.filter((t) => t.pair?.positive_id === positiveRow.trajectoryId).map((t) => t.id);
    expect(positive.partners.map((p) => p.trajectoryId)).toEqual(negativesOfPositive);
    expect(positive.partners.every((p) => p.polarity === "negative" && p.divergence !== null)).toBe(true);
  });

  it("decides trajectories and turns, versioned, and tells the second of two reviewers instead of overwriting", async () => {
    const { caller, db, projectId } = await reviewable(4);
    const [first] = (await caller.reviews.queue({ projectId })).items;
    if (!first) throw new Error("empty queue");

    const accepted = await caller.reviews.decide({ id: first.id, decision: "accepted", reviewer: "ana", expectedVersion: 0, comment: "fine" });
    expect(accepted).toMatchObject({ id: first.id, status: "accepted", version: 1 });

    const before = snapshot(db, first.id);
    const conflict = await conflictOf(caller.reviews.decide({ id: first.id, decision: "rejected", reviewer: "ben", expectedVersion: 0 }));
    expect(conflict).toMatchObject({ status: "accepted", version: 1, last: { reviewer: "ana", action: "accepted", turn: null, comment: "fine" } });
    expect(snapshot(db, first.id)).toEqual(before);

    // "Keep mine": the second reviewer saves again on the version they were shown.
    const kept = await caller.reviews.decide({ id: first.id, decision: "rejected", reviewer: "ben", expectedVersion: conflict.version });
    expect(kept).toMatchObject({ status: "rejected", version: 2 });

    const turn = await caller.reviews.decide({ id: first.id, turn: 0, decision: "needs-edit", reviewer: "ana", expectedVersion: 2 });
    expect(turn).toMatchObject({ status: "rejected", version: 3 });
    expect(turn.turnStatus[0]).toBe("needs-edit");

    const detail = await caller.reviews.get({ id: first.id });
    expect(detail.item).toMatchObject({ status: "rejected", version: 3 });
    expect(detail.history.map((h) => [h.reviewer, h.action, h.turn, h.version])).toEqual([
      ["ana", "needs-edit", 0, 3],
      ["ben", "rejected", null, 2],
      ["ana", "accepted", null, 1],
    ]);
    expect((await caller.reviews.queue({ projectId, filters: { status: "rejected" } })).items.map((i) => i.id)).toEqual([first.id]);
    expect((await caller.reviews.facets({ projectId })).statuses).toContainEqual({ status: "rejected", count: 1 });
  });

  it("refuses bad decisions and comments without writing anything", async () => {
    const { caller, db, projectId } = await reviewable(2);
    const [first] = (await caller.reviews.queue({ projectId })).items;
    if (!first) throw new Error("empty queue");
    const before = snapshot(db, first.id);
    await expectTrpcError(caller.reviews.decide({ id: first.id, turn: 40, decision: "accepted", reviewer: "ana", expectedVersion: 0 }), "BAD_REQUEST", /field turn: .*no turn 40/);
    await expectTrpcError(caller.reviews.decide({ id: first.id, decision: "accepted", reviewer: "  ", expectedVersion: 0 }), "BAD_REQUEST", /field reviewer/);
    await expectTrpcError(caller.reviews.decide({ id: first.id, decision: "accepted", reviewer: "x".repeat(81), expectedVersion: 0 }), "BAD_REQUEST", /field reviewer/);
    // @ts-expect-error: not a decision
    await expectTrpcError(caller.reviews.decide({ id: first.id, decision: "maybe", reviewer: "ana", expectedVersion: 0 }), "BAD_REQUEST", /field decision/);
    await expectTrpcError(caller.reviews.decide({ id: 9999, decision: "accepted", reviewer: "ana", expectedVersion: 0 }), "NOT_FOUND", /trajectory/);
    await expectTrpcError(caller.reviews.comment({ id: first.id, text: " ", reviewer: "ana" }), "BAD_REQUEST", /field text/);
    await expectTrpcError(caller.reviews.comment({ id: first.id, turn: 40, text: "hm", reviewer: "ana" }), "BAD_REQUEST", /field turn/);
    expect(snapshot(db, first.id)).toEqual(before);
  });

  it("keeps comments in the history without changing the version, and refuses one on a stale version", async () => {
    const { caller, projectId } = await reviewable(2);
    const [first] = (await caller.reviews.queue({ projectId })).items;
    if (!first) throw new Error("empty queue");
    expect(await caller.reviews.comment({ id: first.id, text: "the date looks odd", reviewer: "ana", turn: 0 })).toMatchObject({ version: 0 });
    await caller.reviews.decide({ id: first.id, decision: "needs-edit", reviewer: "ben", expectedVersion: 0 });
    const conflict = await conflictOf(caller.reviews.comment({ id: first.id, text: "late", reviewer: "ana", expectedVersion: 0 }));
    expect(conflict.last).toMatchObject({ reviewer: "ben", action: "needs-edit" });
    const history = (await caller.reviews.get({ id: first.id })).history;
    expect(history.map((h) => [h.action, h.comment, h.turn, h.version])).toEqual([
      ["needs-edit", null, null, 1],
      ["commented", "the date looks odd", 0, 0],
    ]);
  });

  it("edits a turn in place after checking its arguments, keeping before and after", async () => {
    const { caller, db, projectId, trajectories: made } = await reviewable();
    const queue = await caller.reviews.queue({ projectId, limit: 200 });
    const argumentsOf = (text: string) => z.record(z.string(), z.unknown()).parse(JSON.parse(text));
    const target = made.find((t) => t.polarity === "positive" && turnCalls(t, 0).some((c) => "city" in argumentsOf(c.call.function.arguments)));
    const row = queue.items.find((i) => i.trajectoryId === target?.id);
    const firstCall = target && turnCalls(target, 0).findIndex((c) => "city" in argumentsOf(c.call.function.arguments));
    if (!target || !row || firstCall === undefined) throw new Error("no trajectory with a city argument");
    const args = argumentsOf(turnCalls(target, 0)[firstCall]?.call.function.arguments ?? "{}");

    const before = snapshot(db, row.id);
    await expectTrpcError(
      caller.reviews.editTurn({ id: row.id, turn: 0, calls: [{ index: firstCall, arguments: JSON.stringify({ ...args, city: 42 }) }], reviewer: "ana", expectedVersion: 0 }),
      "BAD_REQUEST",
      /field calls\[0\]\.arguments\.city: must be string/,
    );
    await expectTrpcError(
      caller.reviews.editTurn({ id: row.id, turn: 0, calls: [{ index: firstCall, arguments: "{not json" }], reviewer: "ana", expectedVersion: 0 }),
      "BAD_REQUEST",
      /field calls\[0\]\.arguments: is not valid JSON/,
    );
    await expectTrpcError(caller.reviews.editTurn({ id: row.id, turn: 0, reviewer: "ana", expectedVersion: 0 }), "BAD_REQUEST", /field query: the edit changes nothing/);
    expect(snapshot(db, row.id)).toEqual(before);

    const edited = await caller.reviews.editTurn({
      id: row.id,
      turn: 0,
      query: "Quelle est la météo à Zanzibar ?",
      calls: [{ index: firstCall, arguments: JSON.stringify({ ...args, city: "Zanzibar" }) }],
      reviewer: "ana",
      expectedVersion: 0,
    });
    expect(edited).toMatchObject({ version: 1, status: "pending" });
    const detail = await caller.reviews.get({ id: row.id });
    expect(detail.item.data.turns[0]?.query).toBe("Quelle est la météo à Zanzibar ?");
    expect(detail.item.data.turns[0]?.reference).toEqual(target.turns[0]?.reference);
    expect(argumentsOf(turnCalls(detail.item.data, 0)[firstCall]?.call.function.arguments ?? "{}")).toMatchObject({ city: "Zanzibar" });
    expect(detail.history[0]).toMatchObject({ action: "edited", turn: 0, reviewer: "ana", version: 1, before: { query: target.turns[0]?.query }, after: { query: "Quelle est la météo à Zanzibar ?" } });
    expect((await caller.reviews.queue({ projectId, search: "zanzibar" })).items.map((i) => i.id)).toEqual([row.id]);

    const conflict = await conflictOf(caller.reviews.editTurn({ id: row.id, turn: 0, query: "again", reviewer: "ben", expectedVersion: 0 }));
    expect(conflict).toMatchObject({ version: 1, last: { reviewer: "ana", action: "edited", turn: 0 } });
  });

  it("decides every row of a filtered queue at once, one history entry and a new version each", async () => {
    const { caller, db, projectId, runId, trajectories: made } = await reviewable(6);
    const negatives = made.filter((t) => t.polarity === "negative").length;
    const [held] = (await caller.reviews.queue({ projectId, filters: { polarity: "negative" } })).items;
    if (!held) throw new Error("no negative");

    expect(await caller.reviews.bulkDecide({ projectId, runId, filters: { polarity: "negative" }, decision: "rejected", reviewer: "lead" })).toEqual({ count: negatives });
    const facets = await caller.reviews.facets({ projectId });
    expect(facets.statuses).toEqual(expect.arrayContaining([{ status: "rejected", count: negatives }, { status: "pending", count: made.length - negatives }]));
    expect(db.select().from(reviewDecisions).all()).toHaveLength(negatives);
    const detail = await caller.reviews.get({ id: held.id });
    expect(detail.item).toMatchObject({ status: "rejected", version: 1 });
    expect(detail.history).toEqual([expect.objectContaining({ action: "rejected", reviewer: "lead", version: 1, comment: `bulk decision on ${negatives} matching trajectories` })]);
    await conflictOf(caller.reviews.decide({ id: held.id, decision: "accepted", reviewer: "ana", expectedVersion: held.version }));

    expect(await caller.reviews.bulkDecide({ projectId, filters: { polarity: "negative", status: "accepted" }, decision: "rejected", reviewer: "lead" })).toEqual({ count: 0 });
    await expectTrpcError(caller.reviews.bulkDecide({ projectId, filters: {}, decision: "accepted", reviewer: "" }), "BAD_REQUEST", /field reviewer/);
    expect(db.select().from(reviewDecisions).all()).toHaveLength(negatives);
  });
});
