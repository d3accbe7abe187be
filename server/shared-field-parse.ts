const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

/** Lookups per check of the hit rate. */
const WINDOW = 1024;
/** Below this share of hits in a window, the cache costs more than it saves... */
const MIN_HIT_SHARE = 0.25;
/** ...and is left aside for this many records before it is tried again. */
const SKIP_RECORDS = 16 * WINDOW;
/** Characters of the lines the cached keys keep alive, at most; the cache starts over beyond it. */
const MAX_CACHED_CHARS = 4 << 20;

/**
 * `JSON.parse` for lines whose top-level `field` (an array) repeats from line to line, as trajectories
 * repeat their `tools`, the functions of their catalog (a third of a record's text and of its parse):
 * each distinct value is parsed once, frozen, and every record gets its own array of the shared items.
 * Equal items of different values are one object too (a function in many tool lists), so a consumer
 * that remembers items can recognize them by identity.
 * The result equals `JSON.parse(text)` (keys in the same order), and a line it cannot take apart
 * safely, or that is not valid JSON, goes through `JSON.parse` whole, which throws its usual error.
 */
export function sharedFieldParser(field: string): (text: string) => unknown {
  const key = JSON.stringify(field);
  const cache = new Map<string, readonly unknown[]>();
  const items = new Map<string, unknown>();
  let cachedChars = 0;
  let lookups = 0;
  let hits = 0;
  let skip = 0;
  return (text) => {
    if (skip > 0) {
      skip--;
      return JSON.parse(text);
    }
    const range = topLevelArray(text, key);
    if (!range) return JSON.parse(text);
    const valueText = text.slice(range.start, range.end);
    let shared = cache.get(valueText);
    if (shared) hits++;
    if (++lookups === WINDOW) {
      if (hits < WINDOW * MIN_HIT_SHARE) skip = SKIP_RECORDS;
      lookups = hits = 0;
    }
    try {
      if (!shared) {
        const parsed: unknown = JSON.parse(valueText);
        if (!Array.isArray(parsed)) return JSON.parse(text);
        // A sliced key keeps its whole line alive: the bound counts lines.
        if (cachedChars + text.length > MAX_CACHED_CHARS) {
          cache.clear();
          items.clear();
          cachedChars = 0;
        }
        shared = Object.freeze(
          parsed.map((item) => {
            const itemText = JSON.stringify(item);
            const known = items.get(itemText);
            if (known !== undefined) return known;
            items.set(itemText, deepFreeze(item));
            return item;
          }),
        );
        cache.set(valueText, shared);
        cachedChars += text.length;
      }
      const record: unknown = JSON.parse(`${text.slice(0, range.start)}0${text.slice(range.end)}`);
      // Another member of the same name after it would have been the one JSON.parse keeps.
      if (!isObject(record) || record[field] !== 0) return JSON.parse(text);
      record[field] = shared.slice();
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

/**
 * Where the array value of the top-level member `key` (a JSON string) lies, when it is followed by
 * `,` or `}`: replacing it by another value then keeps a valid text valid and an invalid one invalid.
 */
function topLevelArray(text: string, key: string): { start: number; end: number } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      if (depth === 1 && text.startsWith(key, i)) {
        const colon = skipSpace(text, i + key.length);
        // A string followed by a colon is a member name; otherwise it is a value and is skipped.
        if (text.charCodeAt(colon) === COLON) {
          const start = skipSpace(text, colon + 1);
          if (text.charCodeAt(start) !== OPEN_ARRAY) return undefined;
          const end = valueEnd(text, start);
          const next = text.charCodeAt(skipSpace(text, end));
          return end > 0 && (next === COMMA || next === CLOSE_OBJECT) ? { start, end } : undefined;
        }
      }
      i = stringEnd(text, i);
      if (i < 0) return undefined;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return undefined;
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
