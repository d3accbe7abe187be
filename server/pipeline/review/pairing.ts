import type { Trajectory } from "../schemas/trajectory";

/** Where a negative leaves its positive: the turn, and the first message that differs. */
export interface Divergence {
  positiveId: string;
  turn: number;
  message: number;
}

export const divergence = (trajectory: Trajectory): Divergence | undefined =>
  trajectory.pair === undefined ? undefined : { positiveId: trajectory.pair.positive_id, turn: trajectory.pair.turn, message: trajectory.pair.message };

/** Among trajectories of the same path, the partners of one: a negative's positive, or a positive's negatives. */
export function partnersOf<T extends { data: Trajectory }>(self: Trajectory, siblings: readonly T[]): T[] {
  if (self.polarity === "negative") return siblings.filter((s) => s.data.polarity === "positive" && s.data.id === self.pair?.positive_id);
  return siblings.filter((s) => s.data.polarity === "negative" && s.data.pair?.positive_id === self.id);
}
