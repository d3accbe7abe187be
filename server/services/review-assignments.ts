import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { authUsers, reviewAssignments, trajectories } from "../../db/schema";
import { can, role } from "../auth/roles";
import { InvalidInput } from "../pipeline/errors";
import type { AssignInput } from "../pipeline/review/review-inputs";
import { reviewDecisionKind, type ReviewDecisionKind } from "../pipeline/schemas/review";
import { getProject } from "./projects";

const turnDecisions = z.array(reviewDecisionKind.nullable());
export const parseTurnDecisions = (text: string): (ReviewDecisionKind | null)[] => turnDecisions.parse(JSON.parse(text));

/**
 * Gives each chosen record `perRecord` distinct reviewers, topping up records that already have some,
 * and always picking the reviewers with the fewest open reviews in the project so the work is even.
 */
export function assignReviews(db: Db, input: AssignInput) {
  return db.transaction(
    (tx) => {
      getProject(tx, input.projectId);
      const reviewerIds = [...new Set(input.reviewerIds)];
      const people = tx.select({ id: authUsers.id, role: authUsers.role }).from(authUsers).where(inArray(authUsers.id, reviewerIds)).all();
      reviewerIds.forEach((id, i) => {
        const person = people.find((p) => p.id === id);
        if (!person) throw new InvalidInput(`no account ${id}`, { field: `reviewerIds[${i}]` });
        if (!can(role.catch("reviewer").parse(person.role), "review.write")) throw new InvalidInput(`${id} is an annotator and may not review`, { field: `reviewerIds[${i}]` });
      });
      if (input.perRecord > reviewerIds.length) {
        throw new InvalidInput(`${input.perRecord} reviews per record need at least ${input.perRecord} reviewers; ${reviewerIds.length} chosen`, { field: "perRecord" });
      }
      const scope = input.runId === undefined ? eq(trajectories.projectId, input.projectId) : and(eq(trajectories.projectId, input.projectId), eq(trajectories.runId, input.runId));
      const records = tx
        .select({ id: trajectories.id })
        .from(trajectories)
        .where(and(scope, eq(trajectories.status, input.status)))
        .orderBy(asc(trajectories.id))
        .limit(input.limit ?? -1)
        .all()
        .map((r) => r.id);
      const load = new Map(reviewerIds.map((id) => [id, 0]));
      for (const row of tx
        .select({ reviewerId: reviewAssignments.reviewerId, n: count() })
        .from(reviewAssignments)
        .where(and(eq(reviewAssignments.projectId, input.projectId), isNull(reviewAssignments.decidedAt)))
        .groupBy(reviewAssignments.reviewerId)
        .all()) {
        if (load.has(row.reviewerId)) load.set(row.reviewerId, row.n);
      }
      const existing = new Map<number, Set<string>>();
      for (let start = 0; start < records.length; start += 500) {
        const ids = records.slice(start, start + 500);
        for (const a of tx.select({ record: reviewAssignments.trajectoryRowId, reviewerId: reviewAssignments.reviewerId }).from(reviewAssignments).where(inArray(reviewAssignments.trajectoryRowId, ids)).all()) {
          const set = existing.get(a.record) ?? new Set<string>();
          set.add(a.reviewerId);
          existing.set(a.record, set);
        }
      }
      let added = 0;
      let touched = 0;
      for (const record of records) {
        const has = existing.get(record) ?? new Set<string>();
        const chosen = reviewerIds
          .filter((id) => !has.has(id))
          .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0))
          .slice(0, Math.max(0, input.perRecord - has.size));
        if (chosen.length === 0) continue;
        tx.insert(reviewAssignments)
          .values(chosen.map((reviewerId) => ({ projectId: input.projectId, trajectoryRowId: record, reviewerId })))
          .run();
        for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
        added += chosen.length;
        touched += 1;
      }
      return { records: touched, assignments: added };
    },
    { behavior: "immediate" },
  );
}

/** A reviewer's own review of a record, when one was assigned. */
export function assignmentOf(db: Db, recordId: number, reviewerId: string) {
  return db
    .select()
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.trajectoryRowId, recordId), eq(reviewAssignments.reviewerId, reviewerId)))
    .get();
}

export function recordAssignments(db: Db, recordId: number) {
  return db
    .select({ id: reviewAssignments.id, reviewerId: reviewAssignments.reviewerId, decision: reviewAssignments.decision, turnDecisions: reviewAssignments.turnDecisions })
    .from(reviewAssignments)
    .where(eq(reviewAssignments.trajectoryRowId, recordId))
    .orderBy(asc(reviewAssignments.id))
    .all()
    .map((a) => ({ ...a, decision: reviewDecisionKind.nullable().parse(a.decision), turnDecisions: parseTurnDecisions(a.turnDecisions) }));
}

/** How far a reviewer is with their assigned records in a project. */
export function myAssignments(db: Db, projectId: number, reviewerId: string) {
  const rows = db
    .select({ decided: sql<number>`${reviewAssignments.decidedAt} is not null`, n: count() })
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.projectId, projectId), eq(reviewAssignments.reviewerId, reviewerId)))
    .groupBy(sql`${reviewAssignments.decidedAt} is not null`)
    .all();
  const done = rows.find((r) => r.decided === 1)?.n ?? 0;
  const open = rows.find((r) => r.decided === 0)?.n ?? 0;
  return { assigned: done + open, done, open };
}

/** The condition "assigned to this reviewer, open or done" for the review queue. */
export const assignedCondition = (reviewerId: string, state: "open" | "done") =>
  sql`exists (select 1 from ${reviewAssignments} where ${reviewAssignments.trajectoryRowId} = ${trajectories.id} and ${reviewAssignments.reviewerId} = ${reviewerId} and ${
    state === "open" ? isNull(reviewAssignments.decidedAt) : isNotNull(reviewAssignments.decidedAt)
  })`;
