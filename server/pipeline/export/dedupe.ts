import { canonicalJson } from "../catalog/canonical-json";
import type { Trajectory } from "../schemas/trajectory";

/** Lowercase, punctuation removed (letters and digits of any script kept), whitespace collapsed. */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function canonicalArguments(raw: string): string {
  try {
    return canonicalJson(JSON.parse(raw));
  } catch {
    return raw.trim();
  }
}

/**
 * The near-duplicate key: polarity and error type (a negative differs from its positive by design and
 * is never its duplicate), the normalized query of every turn, and the calls the assistant makes in
 * order (names and canonical arguments).
 */
export function dedupeKey(trajectory: Trajectory): string {
  const queries = trajectory.turns.map((turn) => normalizeQuery(turn.query));
  const calls: string[] = [];
  for (const message of trajectory.messages)
    if (message.role === "assistant")
      for (const call of message.tool_calls ?? []) calls.push(`${call.function.name}(${canonicalArguments(call.function.arguments)})`);
  return JSON.stringify([trajectory.polarity, trajectory.error_type ?? "", queries, calls]);
}

export interface DedupeResult<T> {
  kept: T[];
  /** Each removed item and the kept one it duplicates. */
  removed: { id: string; duplicate_of: string }[];
}

/** Keep the first item of every key, in input order. */
export function dedupeBy<T extends { id: string }, K>(items: readonly T[], keyOf: (item: T) => K): DedupeResult<T> {
  const first = new Map<K, string>();
  const kept: T[] = [];
  const removed: DedupeResult<T>["removed"] = [];
  for (const item of items) {
    const key = keyOf(item);
    const original = first.get(key);
    if (original === undefined) {
      first.set(key, item.id);
      kept.push(item);
    } else removed.push({ id: item.id, duplicate_of: original });
  }
  return { kept, removed };
}

export const dedupeTrajectories = (trajectories: readonly Trajectory[]): DedupeResult<Trajectory> => dedupeBy(trajectories, dedupeKey);
