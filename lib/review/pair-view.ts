import type { TurnView } from "./conversation";

/** One line of the side-by-side view: the same turn of the positive and the negative. */
export interface PairRow {
  index: number;
  positive?: TurnView;
  negative?: TurnView;
  /** The turn where the negative leaves the positive. */
  diverging: boolean;
  /** Before the diverging turn both sides are the same conversation. */
  shared: boolean;
}

/** Aligns the two trajectories turn by turn; a negative may stop early, after the turn it diverges in. */
export function pairRows(positive: readonly TurnView[], negative: readonly TurnView[], divergingTurn: number): PairRow[] {
  return Array.from({ length: Math.max(positive.length, negative.length) }, (_, index) => ({
    index,
    positive: positive[index],
    negative: negative[index],
    diverging: index === divergingTurn,
    shared: index < divergingTurn,
  }));
}

/** Messages from `message` on differ between the two sides. */
export const diverged = (messageIndex: number, divergingMessage: number): boolean => messageIndex >= divergingMessage;
