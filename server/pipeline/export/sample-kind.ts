import type { Trajectory } from "../schemas/trajectory";

export const buckets = ["single", "parallel", "multiple", "multi_turn", "irrelevance"] as const;
export type Bucket = (typeof buckets)[number];

/**
 * The mixture bucket of a trajectory, from its reference calls (so a positive and its negatives share a
 * bucket). Rules, first match wins:
 * 1. `irrelevance`: no turn has a reference call — every turn is `irrelevant`, `miss_func` or
 *    `miss_param`, so the right behaviour throughout is to answer without calling.
 * 2. `multi_turn`: two or more turns (at least one of them calls).
 * 3. One turn with calls: `single` (exactly one call), `parallel` (two or more calls, all the same
 *    function), `multiple` (two or more calls of at least two different functions).
 */
export function sampleKind(trajectory: Trajectory): Bucket {
  const calls = trajectory.turns.reduce((n, turn) => n + turn.reference.length, 0);
  if (calls === 0) return "irrelevance";
  if (trajectory.turns.length >= 2) return "multi_turn";
  const reference = trajectory.turns[0]?.reference ?? [];
  if (reference.length === 1) return "single";
  return new Set(reference.map((call) => call.name)).size === 1 ? "parallel" : "multiple";
}

export const emptyBucketCounts = (): Record<Bucket, number> =>
  Object.fromEntries(buckets.map((b) => [b, 0])) as Record<Bucket, number>;
