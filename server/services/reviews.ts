import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reviewAssignments, trajectories, trajectoryData } from "../../db/schema";
import { InvalidInput } from "../pipeline/errors";
import { callChecks } from "../pipeline/review/argument-check";
import { consensus } from "../pipeline/review/consensus";
import { divergence, partnersOf } from "../pipeline/review/pairing";
import type { CommentInput, DecideInput, EditTurnInput } from "../pipeline/review/review-inputs";
import { applyTurnEdit } from "../pipeline/review/turn-edit";
import { reviewStatus, type ReviewStatus } from "../pipeline/schemas/review";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";
import { appendHistory, requireVersion, reviewHistory, reviewRow, rowTurnStatus, type ReviewRow } from "./review-history";
import { assignmentOf, recordAssignments } from "./review-assignments";
import { storedTrajectoryFacts } from "./trajectory-store";

const parseData = (text: string): Trajectory => trajectory.parse(JSON.parse(text));
const polarity = trajectory.shape.polarity;

/** Writes take the database's write lock before reading the version, so two processes cannot both pass the check. */
const immediate = { behavior: "immediate" } as const;

/**
 * A record to review: the trajectory with edits, its statuses and version, each call's argument check,
 * the history, and its partners (a negative's positive, a positive's negatives) with where they diverge.
 */
export function getReview(db: Db, id: number) {
  const row = reviewRow(db, id);
  const data = parseData(row.data);
  const siblings = db
    .select({ id: trajectories.id, status: trajectories.status, data: trajectoryData.data })
    .from(trajectories)
    .innerJoin(trajectoryData, eq(trajectoryData.trajectoryRowId, trajectories.id))
    .where(and(eq(trajectories.itemId, row.itemId), ne(trajectories.id, id)))
    .all()
    .map((s) => ({ ...s, data: parseData(s.data) }));
  const partners = partnersOf(data, siblings).map((partner) => ({
    id: partner.id,
    trajectoryId: partner.data.id,
    polarity: partner.data.polarity,
    errorType: partner.data.error_type ?? null,
    status: reviewStatus.parse(partner.status),
    divergence: divergence(data.polarity === "negative" ? data : partner.data) ?? null,
    data: partner.data,
    callChecks: callChecks(partner.data),
  }));
  return {
    item: {
      id: row.id,
      runId: row.runId,
      trajectoryId: row.trajectoryId,
      pathId: row.pathId,
      polarity: polarity.parse(data.polarity),
      errorType: data.error_type ?? null,
      status: reviewStatus.parse(row.status),
      turnStatus: rowTurnStatus(row),
      version: row.version,
      data,
      callChecks: callChecks(data),
    },
    history: reviewHistory(db, id),
    partners,
  };
}

function requireTurn(row: ReviewRow, turn: number | undefined): void {
  if (turn !== undefined && turn >= row.turnCount) throw new InvalidInput(`the trajectory has ${row.turnCount} turns; there is no turn ${turn}`, { field: "turn" });
}

/** What a successful write leaves, so the client can show it without asking again. */
const stateOf = (id: number, status: string, turnStatus: readonly ReviewStatus[], version: number) => ({ id, status: reviewStatus.parse(status), turnStatus: [...turnStatus], version });

/**
 * Accepts, rejects or marks needs-edit the trajectory, or one turn of it. A turn's decision leaves the
 * trajectory's status alone: the reviewer decides the whole separately. Nothing is written when the
 * version the reviewer saw is no longer the stored one.
 */
export function decideReview(db: Db, input: DecideInput & { reviewerId?: string }) {
  return db.transaction((tx) => {
    const row = reviewRow(tx, input.id);
    requireVersion(tx, row, input.expectedVersion);
    requireTurn(row, input.turn);
    const assignment = input.reviewerId === undefined ? undefined : assignmentOf(tx, row.id, input.reviewerId);
    if (assignment) return decideAssigned(tx, row, assignment.id, input);
    const turnStatus = rowTurnStatus(row);
    if (input.turn !== undefined) turnStatus[input.turn] = input.decision;
    const status = input.turn === undefined ? input.decision : row.status;
    const version = row.version + 1;
    tx.update(trajectories)
      .set({ status, turnStatus: JSON.stringify(turnStatus), version, updatedAt: new Date().toISOString() })
      .where(eq(trajectories.id, row.id))
      .run();
    appendHistory(tx, { id: row.id, turn: input.turn, action: input.decision, comment: input.comment, reviewer: input.reviewer, version });
    return stateOf(row.id, status, turnStatus, version);
  }, immediate);
}

/**
 * An assigned reviewer's decision is their own review, kept apart from the others'. The record takes a
 * status (whole or per turn) only when every assigned reviewer has decided and most agree; its version
 * moves only then, so independent reviewers never conflict with one another.
 */
function decideAssigned(tx: Db, row: ReviewRow, assignmentId: number, input: DecideInput) {
  const mine = recordAssignments(tx, row.id).find((a) => a.id === assignmentId);
  if (!mine) throw new InvalidInput("the assignment was removed");
  const turnDecisions = Array.from({ length: row.turnCount }, (_, t) => mine.turnDecisions[t] ?? null);
  if (input.turn === undefined) {
    tx.update(reviewAssignments).set({ decision: input.decision, decidedAt: new Date().toISOString() }).where(eq(reviewAssignments.id, assignmentId)).run();
  } else {
    turnDecisions[input.turn] = input.decision;
    tx.update(reviewAssignments).set({ turnDecisions: JSON.stringify(turnDecisions) }).where(eq(reviewAssignments.id, assignmentId)).run();
  }
  const all = recordAssignments(tx, row.id);
  const status = consensus(all.map((a) => a.decision)) ?? "pending";
  const turnStatusBefore = rowTurnStatus(row);
  const turnStatus = turnStatusBefore.map((_, t) => consensus(all.map((a) => a.turnDecisions[t] ?? null)) ?? "pending");
  const changed = status !== row.status || turnStatus.some((s, t) => s !== turnStatusBefore[t]);
  const version = changed ? row.version + 1 : row.version;
  if (changed) {
    tx.update(trajectories)
      .set({ status, turnStatus: JSON.stringify(turnStatus), version, updatedAt: new Date().toISOString() })
      .where(eq(trajectories.id, row.id))
      .run();
  }
  const decided = all.filter((a) => (input.turn === undefined ? a.decision : a.turnDecisions[input.turn]) !== null).length;
  const note = `review ${decided} of ${all.length}`;
  appendHistory(tx, { id: row.id, turn: input.turn, action: input.decision, comment: input.comment ? `${note}: ${input.comment}` : note, reviewer: input.reviewer, version });
  return stateOf(row.id, status, turnStatus, version);
}

/** A comment changes no decision, so it keeps the version; given the version the reviewer saw, a newer one is still a conflict. */
export function commentReview(db: Db, input: CommentInput) {
  return db.transaction((tx) => {
    const row = reviewRow(tx, input.id);
    if (input.expectedVersion !== undefined) requireVersion(tx, row, input.expectedVersion);
    requireTurn(row, input.turn);
    appendHistory(tx, { id: row.id, turn: input.turn, action: "commented", comment: input.text, reviewer: input.reviewer, version: row.version });
    return stateOf(row.id, row.status, rowTurnStatus(row), row.version);
  }, immediate);
}

/**
 * Corrects a turn in place: the query and the calls' arguments, each checked against its tool's schema
 * first. The history keeps the turn before and after; search finds the new query.
 */
export function editReviewTurn(db: Db, input: EditTurnInput) {
  return db.transaction((tx) => {
    const row = reviewRow(tx, input.id);
    requireVersion(tx, row, input.expectedVersion);
    const edit = applyTurnEdit(parseData(row.data), input.turn, { query: input.query, calls: input.calls });
    const version = row.version + 1;
    tx.update(trajectories)
      .set({ ...storedTrajectoryFacts(tx, row.itemId, edit.trajectory), version, updatedAt: new Date().toISOString() })
      .where(eq(trajectories.id, row.id))
      .run();
    tx.update(trajectoryData).set({ data: JSON.stringify(edit.trajectory) }).where(eq(trajectoryData.trajectoryRowId, row.id)).run();
    appendHistory(tx, { id: row.id, turn: input.turn, action: "edited", reviewer: input.reviewer, version, before: edit.before, after: edit.after });
    return stateOf(row.id, row.status, rowTurnStatus(row), version);
  }, immediate);
}
