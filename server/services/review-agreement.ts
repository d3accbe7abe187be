import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { authUsers, reviewAssignments } from "../../db/schema";
import { consensus } from "../pipeline/review/consensus";
import { fleissKappa, pairwiseKappas, percentAgreement, raterAgreement, type RatedItem } from "../pipeline/review/agreement";
import { reviewDecisionKind } from "../pipeline/schemas/review";
import { getProject } from "./projects";
import { parseTurnDecisions } from "./review-assignments";

/**
 * How far a project's reviewers agree where several reviewed the same record: over whole trajectories
 * and over single turns, overall (percent agreement, Fleiss' kappa), per pair (Cohen's kappa), and per
 * reviewer (counts, and agreement with the others' majority). Disputes are records every assigned
 * reviewer decided without a majority: an admin settles them.
 */
export function reviewAgreement(db: Db, projectId: number) {
  getProject(db, projectId);
  const rows = db
    .select({
      record: reviewAssignments.trajectoryRowId,
      reviewerId: reviewAssignments.reviewerId,
      decision: reviewAssignments.decision,
      turnDecisions: reviewAssignments.turnDecisions,
      name: authUsers.name,
      email: authUsers.email,
    })
    .from(reviewAssignments)
    .innerJoin(authUsers, eq(authUsers.id, reviewAssignments.reviewerId))
    .where(eq(reviewAssignments.projectId, projectId))
    .orderBy(asc(reviewAssignments.trajectoryRowId), asc(reviewAssignments.id))
    .all()
    .map((r) => ({ ...r, decision: reviewDecisionKind.nullable().parse(r.decision), turnDecisions: parseTurnDecisions(r.turnDecisions) }));

  const byRecord = new Map<number, typeof rows>();
  for (const row of rows) byRecord.set(row.record, [...(byRecord.get(row.record) ?? []), row]);
  const trajectoryItems: RatedItem[] = [];
  const turnItems: RatedItem[] = [];
  const disputes: number[] = [];
  for (const [record, reviews] of byRecord) {
    trajectoryItems.push({ ratings: reviews.flatMap((r) => (r.decision ? [{ rater: r.reviewerId, label: r.decision }] : [])) });
    const turns = Math.max(0, ...reviews.map((r) => r.turnDecisions.length));
    for (let t = 0; t < turns; t++) {
      turnItems.push({ ratings: reviews.flatMap((r) => (r.turnDecisions[t] ? [{ rater: r.reviewerId, label: r.turnDecisions[t]! }] : [])) });
    }
    if (reviews.length > 1 && reviews.every((r) => r.decision !== null) && consensus(reviews.map((r) => r.decision)) === null) disputes.push(record);
  }

  const people = new Map(rows.map((r) => [r.reviewerId, { name: r.name, email: r.email }]));
  const reviewers = [...people].map(([id, person]) => {
    const mine = rows.filter((r) => r.reviewerId === id);
    const done = mine.filter((r) => r.decision !== null).length;
    return {
      id,
      ...person,
      assigned: mine.length,
      done,
      open: mine.length - done,
      trajectory: raterAgreement(trajectoryItems, id),
      turn: raterAgreement(turnItems, id),
    };
  });
  const nameOf = (id: string) => people.get(id)?.name ?? id;
  return {
    records: byRecord.size,
    reviewed: trajectoryItems.filter((item) => item.ratings.length >= 2).length,
    trajectory: { percent: percentAgreement(trajectoryItems), fleiss: fleissKappa(trajectoryItems) },
    turn: { percent: percentAgreement(turnItems), fleiss: fleissKappa(turnItems) },
    // Kappa is symmetric: each pair is named in alphabetical order, so people find it where they expect.
    pairs: pairwiseKappas(trajectoryItems)
      .map((pair) => {
        const [a, b] = [pair.raterA, pair.raterB].sort((x, y) => nameOf(x).localeCompare(nameOf(y)));
        return { ...pair, raterA: a!, raterB: b!, nameA: nameOf(a!), nameB: nameOf(b!) };
      })
      .sort((x, y) => x.nameA.localeCompare(y.nameA) || x.nameB.localeCompare(y.nameB)),
    reviewers,
    disputes,
  };
}
