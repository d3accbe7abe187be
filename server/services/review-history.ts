import { and, desc, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reviewDecisions, trajectories, trajectoryData } from "../../db/schema";
import { Conflict, NotFound } from "../pipeline/errors";
import type { ReviewConflict } from "../pipeline/review/review-inputs";
import { turnSnapshot, type TurnSnapshot } from "../pipeline/review/turn-calls";
import { reviewAction, reviewStatus, turnStatuses, type ReviewAction, type ReviewStatus } from "../pipeline/schemas/review";

/** A stored record as decisions need it. */
export function reviewRow(db: Db, id: number) {
  const row = db
    .select({
      id: trajectories.id,
      itemId: trajectories.itemId,
      runId: trajectories.runId,
      pathId: trajectories.pathId,
      trajectoryId: trajectories.trajectoryId,
      status: trajectories.status,
      turnStatus: trajectories.turnStatus,
      turnCount: trajectories.turnCount,
      version: trajectories.version,
      data: trajectoryData.data,
    })
    .from(trajectories)
    .innerJoin(trajectoryData, eq(trajectoryData.trajectoryRowId, trajectories.id))
    .where(eq(trajectories.id, id))
    .get();
  if (!row) throw new NotFound("trajectory", String(id));
  return row;
}
export type ReviewRow = ReturnType<typeof reviewRow>;

/** One entry per turn, whatever an older row stored. */
export function rowTurnStatus(row: Pick<ReviewRow, "turnStatus" | "turnCount">): ReviewStatus[] {
  const stored = turnStatuses.parse(JSON.parse(row.turnStatus));
  return Array.from({ length: row.turnCount }, (_, turn) => stored[turn] ?? "pending");
}

const parseSnapshot = (text: string | null): TurnSnapshot | null => (text === null ? null : turnSnapshot.parse(JSON.parse(text)));

/** Every decision, comment and edit of a record, newest first. */
export function reviewHistory(db: Db, id: number) {
  return db
    .select()
    .from(reviewDecisions)
    .where(eq(reviewDecisions.trajectoryRowId, id))
    .orderBy(desc(reviewDecisions.id))
    .all()
    .map((entry) => ({
      id: entry.id,
      turn: entry.turn,
      action: reviewAction.parse(entry.action),
      comment: entry.comment,
      reviewer: entry.reviewer,
      version: entry.version,
      before: parseSnapshot(entry.before),
      after: parseSnapshot(entry.after),
      createdAt: entry.createdAt,
    }));
}

export function appendHistory(
  db: Db,
  entry: { id: number; turn?: number; action: ReviewAction; comment?: string; reviewer: string; version: number; before?: TurnSnapshot; after?: TurnSnapshot },
): void {
  db.insert(reviewDecisions)
    .values({
      trajectoryRowId: entry.id,
      turn: entry.turn ?? null,
      action: entry.action,
      comment: entry.comment || null,
      reviewer: entry.reviewer,
      version: entry.version,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .run();
}

/** What is stored now and the last change (comments change nothing), for a reviewer whose save came too late. */
function conflictState(db: Db, row: ReviewRow): ReviewConflict {
  const last = db
    .select()
    .from(reviewDecisions)
    .where(and(eq(reviewDecisions.trajectoryRowId, row.id), ne(reviewDecisions.action, "commented")))
    .orderBy(desc(reviewDecisions.id))
    .limit(1)
    .get();
  return {
    status: reviewStatus.parse(row.status),
    version: row.version,
    turnStatus: rowTurnStatus(row),
    last: last ? { reviewer: last.reviewer, action: reviewAction.parse(last.action), turn: last.turn, comment: last.comment, createdAt: last.createdAt } : null,
  };
}

/** Refuses a write based on a version that is no longer the stored one, showing what is there instead. */
export function requireVersion(db: Db, row: ReviewRow, expected: number): void {
  if (row.version === expected) return;
  const current = conflictState(db, row);
  const by = current.last ? ` by ${current.last.reviewer} (${current.last.action})` : "";
  throw new Conflict(`trajectory ${row.trajectoryId} was changed${by} since you opened version ${expected}; it is at version ${row.version} now`, current);
}
