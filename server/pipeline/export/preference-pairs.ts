import type { ChatMessage } from "../schemas/chat";
import type { PreferencePair } from "../schemas/preference";
import type { Trajectory } from "../schemas/trajectory";

export type PairLevel = "turn" | "trajectory";

export interface PreferencePairOptions {
  level: PairLevel | "both";
}

export interface SkippedPair {
  negative_id: string;
  positive_id: string;
  reason: "positive missing" | "turn out of range";
}

export interface PreferencePairsResult {
  pairs: PreferencePair[];
  /** Negatives with a `pair` that produced no pair, and why. */
  skipped: SkippedPair[];
  /** Negatives without `pair` (nothing to pair against). */
  unpaired: number;
}

const endOfTurn = (trajectory: Trajectory, turn: number): number | undefined => trajectory.turns[turn]?.message_range[1];

function build(
  level: PairLevel,
  positive: Trajectory,
  negative: Trajectory,
  pair: NonNullable<Trajectory["pair"]>,
): PreferencePair | undefined {
  const start = pair.message;
  let chosen: ChatMessage[];
  let rejected: ChatMessage[];
  if (level === "turn") {
    const positiveEnd = endOfTurn(positive, pair.turn);
    const negativeEnd = endOfTurn(negative, pair.turn);
    if (positiveEnd === undefined || negativeEnd === undefined) return undefined;
    chosen = positive.messages.slice(start, positiveEnd);
    rejected = negative.messages.slice(start, negativeEnd);
  } else {
    chosen = positive.messages.slice(start);
    rejected = negative.messages.slice(start);
  }
  return {
    id: `${negative.id}:${level}`,
    level,
    positive_id: positive.id,
    negative_id: negative.id,
    error_type: negative.error_type ?? "unknown",
    turn: pair.turn,
    tools: positive.tools,
    prompt: positive.messages.slice(0, start),
    chosen,
    rejected,
  };
}

/**
 * Preference pairs from negatives that carry `pair`: the prompt is the positive's messages before
 * `pair.message`; `turn` level stops both sides at the end of turn `pair.turn` (each side's own
 * `message_range[1]`), `trajectory` level keeps each side to its end. Negatives whose positive is not
 * among `trajectories` (rejected in review, filtered, deduplicated) are skipped and reported.
 */
export function preferencePairs(trajectories: readonly Trajectory[], options: PreferencePairOptions): PreferencePairsResult {
  const byId = new Map(trajectories.map((t) => [t.id, t]));
  const levels: PairLevel[] = options.level === "both" ? ["turn", "trajectory"] : [options.level];
  const pairs: PreferencePair[] = [];
  const skipped: SkippedPair[] = [];
  let unpaired = 0;
  for (const negative of trajectories) {
    if (negative.polarity !== "negative") continue;
    const pair = negative.pair;
    if (!pair) {
      unpaired++;
      continue;
    }
    const positive = byId.get(pair.positive_id);
    if (!positive || positive.polarity !== "positive") {
      skipped.push({ negative_id: negative.id, positive_id: pair.positive_id, reason: "positive missing" });
      continue;
    }
    for (const level of levels) {
      const built = build(level, positive, negative, pair);
      if (built) pairs.push(built);
      else skipped.push({ negative_id: negative.id, positive_id: pair.positive_id, reason: "turn out of range" });
    }
  }
  return { pairs, skipped, unpaired };
}
