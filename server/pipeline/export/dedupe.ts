import type { Trajectory } from "../schemas/trajectory";
import { COMMA, OPEN_ARRAY, QUOTE, SPACE } from "../char-codes";
import { canonicalArguments } from "./canonical-arguments";
import { Hash53 } from "./hash";

/** Lowercase, punctuation removed (letters and digits of any script kept), whitespace collapsed. */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Feeds `JSON.stringify(normalizeQuery(text))` to a hash. For ASCII text without the Unicode regexes,
 * which cost most of the dedupe key: there every character but a letter or a digit is punctuation or
 * whitespace, so the normalized text is the runs of letters and digits, lowercased, joined by single
 * spaces, and it needs no JSON escapes.
 */
function hashNormalizedQuery(hash: Hash53, text: string): void {
  if (!ASCII.test(text)) {
    hash.text(JSON.stringify(normalizeQuery(text)));
    return;
  }
  hash.code(QUOTE);
  let gap = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (gap && started) hash.code(SPACE);
      hash.code(lower);
      started = true;
      gap = false;
    } else gap = true;
  }
  hash.code(QUOTE);
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

/**
 * `hash53(dedupeKey(trajectory))`, hashing the key's pieces as they come instead of building the key
 * (the export computes it for every positive).
 */
export function dedupeKeyHash(trajectory: Trajectory): number {
  const hash = new Hash53().code(OPEN_ARRAY).jsonString(trajectory.polarity).code(COMMA).jsonString(trajectory.error_type ?? "").text(",[");
  const turns = trajectory.turns;
  for (let i = 0; i < turns.length; i++) {
    if (i > 0) hash.code(COMMA);
    hashNormalizedQuery(hash, turns[i]?.query ?? "");
  }
  hash.text("],[");
  let first = true;
  for (const message of trajectory.messages)
    if (message.role === "assistant")
      for (const call of message.tool_calls ?? []) {
        if (!first) hash.code(COMMA);
        hash.jsonString(`${call.function.name}(${canonicalArguments(call.function.arguments)})`);
        first = false;
      }
  return hash.text("]]").value();
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
