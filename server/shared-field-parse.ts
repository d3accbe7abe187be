import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, COLON, COMMA, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from "./pipeline/char-codes";

/** Hits and misses per check of the hit rate. */
const WINDOW = 1024;
/** Below this share of hits in a window, the cache costs more than it saves... */
const MIN_HIT_SHARE = 0.25;
/** ...and is emptied and left aside for this many records before it is tried again. */
const SKIP_RECORDS = 16 * WINDOW;
/** Characters of the lines the cached values keep alive, at most; the cache starts over beyond it. */
const MAX_CACHED_CHARS = 2 << 20;
/** A value's first characters pick the known values to compare it with. */
const PROBE_CHARS = 64;
/** Known values compared per probe, at most (the oldest is forgotten). */
const MAX_CANDIDATES = 32;

interface Known {
  text: string;
  value: readonly unknown[];
}

/**
 * `JSON.parse` for lines whose top-level `field` (an array) repeats from line to line, as trajectories
 * repeat their `tools`, the functions of their catalog (a third of a record's text and of its parse):
 * each distinct value is parsed once, frozen, and every record gets its own array of the shared items.
 * Equal items of different values are one object too (a function in many tool lists), so a consumer
 * that remembers items can recognize them by identity. A value is recognized by comparing its text
 * with the known values that start alike (a compare of memory): hashing its text would cost about as
 * much as parsing it. The result equals `JSON.parse(text)` (keys in the same order), and a line it
 * cannot take apart safely, or that is not valid JSON, goes through `JSON.parse` whole, which throws
 * its usual error.
 */
export function sharedFieldParser(field: string): (text: string) => unknown {
  const key = JSON.stringify(field);
  const known = new Map<string, Known[]>();
  const items = new Map<string, unknown>();
  let cachedChars = 0;
  let lookups = 0;
  let hits = 0;
  let skip = 0;
  const forget = () => {
    known.clear();
    items.clear();
    cachedChars = 0;
  };

  const remember = (text: string, start: number, end: number): Known | undefined => {
    const valueText = text.slice(start, end);
    const parsed: unknown = JSON.parse(valueText);
    if (!Array.isArray(parsed)) return undefined;
    // A sliced text keeps its whole line alive: the bound counts lines.
    if (cachedChars + text.length > MAX_CACHED_CHARS) forget();
    cachedChars += text.length;
    const value = Object.freeze(
      parsed.map((item) => {
        const itemText = JSON.stringify(item);
        const same = items.get(itemText);
        if (same !== undefined) return same;
        items.set(itemText, deepFreeze(item));
        return item;
      }),
    );
    const entry = { text: valueText, value };
    const probe = valueText.slice(0, PROBE_CHARS);
    const candidates = known.get(probe);
    if (!candidates) known.set(probe, [entry]);
    else if (candidates.push(entry) > MAX_CANDIDATES) candidates.shift();
    return entry;
  };

  return (text) => {
    if (skip > 0) {
      skip--;
      return JSON.parse(text);
    }
    const start = topLevelArrayStart(text, key);
    if (start < 0) return JSON.parse(text);
    try {
      let entry = known.get(text.slice(start, start + PROBE_CHARS))?.find((candidate) => text.slice(start, start + candidate.text.length) === candidate.text);
      if (entry) hits++;
      if (++lookups === WINDOW) {
        if (hits < WINDOW * MIN_HIT_SHARE) {
          // What it holds is not worth its memory: it starts empty when tried again.
          skip = SKIP_RECORDS;
          forget();
        }
        lookups = hits = 0;
      }
      if (!entry) {
        const end = valueEnd(text, start);
        entry = end < 0 ? undefined : remember(text, start, end);
        if (!entry) return JSON.parse(text);
      }
      const end = start + entry.text.length;
      // Followed by `,` or `}`: replacing it by another value then keeps a valid text valid and an invalid one invalid.
      const next = text.charCodeAt(skipSpace(text, end));
      if (next !== COMMA && next !== CLOSE_OBJECT) return JSON.parse(text);
      const record: unknown = JSON.parse(`${text.slice(0, start)}0${text.slice(end)}`);
      // Another member of the same name after it would have been the one JSON.parse keeps.
      if (!isObject(record) || record[field] !== 0) return JSON.parse(text);
      record[field] = entry.value.slice();
      return record;
    } catch {
      return JSON.parse(text);
    }
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Where the array value of the top-level member `key` (a JSON string) opens, or -1. */
function topLevelArrayStart(text: string, key: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      if (depth === 1 && text.startsWith(key, i)) {
        const colon = skipSpace(text, i + key.length);
        // A string followed by a colon is a member name; otherwise it is a value and is skipped.
        if (text.charCodeAt(colon) === COLON) {
          const start = skipSpace(text, colon + 1);
          return text.charCodeAt(start) === OPEN_ARRAY ? start : -1;
        }
      }
      i = stringEnd(text, i);
      if (i < 0) return -1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return -1;
}

/** Just after the array or object opening at `start`, or -1 if it does not close. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      if (i < 0) return -1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth === 0) return i + 1;
  }
  return -1;
}

/** The quote closing the string that opens at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  return i;
}
