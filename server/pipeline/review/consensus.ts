import type { ReviewDecisionKind } from "../schemas/review";

/**
 * What N independent reviews make of a record: the label more than half of them gave, once every
 * assigned reviewer has decided. Until then, or without a majority (a dispute an admin settles), null.
 */
export function consensus(decisions: readonly (ReviewDecisionKind | null)[]): ReviewDecisionKind | null {
  if (decisions.length === 0 || decisions.some((d) => d === null)) return null;
  const counts = new Map<ReviewDecisionKind, number>();
  for (const d of decisions) if (d !== null) counts.set(d, (counts.get(d) ?? 0) + 1);
  for (const [label, n] of counts) if (n * 2 > decisions.length) return label;
  return null;
}
