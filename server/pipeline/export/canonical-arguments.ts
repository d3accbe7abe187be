import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, COLON, COMMA, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from "../char-codes";

/**
 * `canonicalJson(JSON.parse(raw))` (the catalog's canonical JSON: object keys sorted), or the trimmed
 * text when it is not JSON. The dedupe key needs it for every call of every record, and arguments
 * usually come written by `JSON.stringify`, canonical but for the order of their keys: one pass over
 * the text recognizes them, and they are returned as they are, or with their members sorted, without
 * parsing them.
 */
export function canonicalArguments(raw: string): string {
  const scan = new CanonicalScan(raw);
  if (scan.whole()) {
    if (!scan.unsorted) return raw;
    const sorted = new SortedMembers(raw).value();
    if (sorted !== undefined) return sorted;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return raw.trim();
  }
  return canonical(value);
}

/** Written out by hand: a `JSON.stringify` replacer that rebuilds each object costs several times more. */
function canonical(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) text += (i === 0 ? "" : ",") + canonical(value[i]);
    return `${text}]`;
  }
  const object = value as Record<string, unknown>;
  let text = "{";
  let first = true;
  for (const key of canonicalKeys(object)) {
    text += `${first ? "" : ","}${JSON.stringify(key)}:${canonical(object[key])}`;
    first = false;
  }
  return `${text}}`;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A JavaScript object lists array-index keys first, in numeric order, whatever order they were set in. */
const isArrayIndex = (key: string): boolean => /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The key order `canonicalJson` writes: it rebuilds each object from its sorted entries, and the rebuilt
 * object puts array-index keys first (numeric order), then the others in the sorted order.
 */
function canonicalKeys(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object).sort(byCodeUnits);
  if (!keys.some((key) => isDigit(key.charCodeAt(0)))) return keys;
  const indices = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return indices.length === 0 ? keys : [...indices, ...keys.filter((key) => !isArrayIndex(key))];
}

interface Member {
  key: string;
  /** `"key":value`, the value canonical. */
  text: string;
}

const byKey = (a: Member, b: Member): number => byCodeUnits(a.key, b.key);

/**
 * What `canonical` writes for a text `CanonicalScan` accepted but for the order of its keys: each
 * object's members sorted, values as they are. `value()` is undefined when an object has a key twice
 * (`JSON.parse` keeps the last value: the caller parses).
 */
class SortedMembers {
  private at = 0;
  constructor(private readonly text: string) {}

  value(): string | undefined {
    const c = this.text.charCodeAt(this.at);
    if (c === OPEN_OBJECT) return this.object();
    if (c === OPEN_ARRAY) return this.array();
    const start = this.at;
    // The scan allowed no escapes: a string ends at the next quote.
    if (c === QUOTE) this.at = this.text.indexOf('"', this.at + 1) + 1;
    else for (let d = c; d !== COMMA && d !== CLOSE_ARRAY && d !== CLOSE_OBJECT && this.at < this.text.length; d = this.text.charCodeAt(++this.at));
    return this.text.slice(start, this.at);
  }

  private object(): string | undefined {
    const members: Member[] = [];
    for (this.at++; this.text.charCodeAt(this.at) !== CLOSE_OBJECT; this.at++) {
      const keyStart = this.at;
      // Past the key's closing quote and the colon.
      this.at = this.text.indexOf('"', this.at + 1) + 2;
      const key = this.text.slice(keyStart + 1, this.at - 2);
      const member = this.value();
      if (member === undefined) return undefined;
      members.push({ key, text: `"${key}":${member}` });
      if (this.text.charCodeAt(this.at) !== COMMA) break;
    }
    this.at++;
    members.sort(byKey);
    for (let i = 1; i < members.length; i++) if (members[i]?.key === members[i - 1]?.key) return undefined;
    let text = "{";
    for (let i = 0; i < members.length; i++) text += (i === 0 ? "" : ",") + (members[i]?.text ?? "");
    return `${text}}`;
  }

  private array(): string | undefined {
    let text = "[";
    for (this.at++; this.text.charCodeAt(this.at) !== CLOSE_ARRAY; this.at++) {
      const item = this.value();
      if (item === undefined) return undefined;
      text += (text.length === 1 ? "" : ",") + item;
      if (this.text.charCodeAt(this.at) !== COMMA) break;
    }
    this.at++;
    return `${text}]`;
  }
}

/**
 * Whether a text is what `canonical` would write for it once each object's members are sorted
 * (`unsorted` tells whether they need to be). Conservative: anything unusual (white space, escapes, a
 * key starting with a digit, a number `JSON.stringify` would write otherwise) answers no, and the
 * caller parses.
 */
class CanonicalScan {
  private at = 0;
  /** Some object's keys are not in increasing order (or one repeats). */
  unsorted = false;
  constructor(private readonly text: string) {}

  whole(): boolean {
    return this.value() && this.at === this.text.length;
  }

  private value(): boolean {
    const c = this.text.charCodeAt(this.at);
    if (c === OPEN_OBJECT) return this.object();
    if (c === OPEN_ARRAY) return this.array();
    if (c === QUOTE) return this.string() >= 0;
    if (c === 45 || isDigit(c)) return this.number();
    return this.word("true") || this.word("false") || this.word("null");
  }

  private object(): boolean {
    this.at++;
    if (this.text.charCodeAt(this.at) === CLOSE_OBJECT) return ++this.at > 0;
    let previous: string | undefined;
    for (;;) {
      const start = this.at;
      if (this.string() < 0 || isDigit(this.text.charCodeAt(start + 1))) return false;
      const key = this.text.slice(start + 1, this.at - 1);
      // Not strictly increasing: out of order, or a key twice (then `SortedMembers` declines, as `JSON.parse` keeps only the last).
      if (previous !== undefined && !(previous < key)) this.unsorted = true;
      previous = key;
      if (this.text.charCodeAt(this.at++) !== COLON || !this.value()) return false;
      const next = this.text.charCodeAt(this.at++);
      if (next === CLOSE_OBJECT) return true;
      if (next !== COMMA) return false;
    }
  }

  private array(): boolean {
    this.at++;
    if (this.text.charCodeAt(this.at) === CLOSE_ARRAY) return ++this.at > 0;
    for (;;) {
      if (!this.value()) return false;
      const next = this.text.charCodeAt(this.at++);
      if (next === CLOSE_ARRAY) return true;
      if (next !== COMMA) return false;
    }
  }

  /** A string without escapes, control characters or surrogates (which `JSON.stringify` may write otherwise); -1 if not. */
  private string(): number {
    for (let i = this.at + 1; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === QUOTE) return (this.at = i + 1);
      if (c === BACKSLASH || c < 32 || (c >= 0xd800 && c <= 0xdfff)) return -1;
    }
    return -1;
  }

  /** A number token written as `JSON.stringify` writes its value. */
  private number(): boolean {
    const start = this.at;
    for (let c = this.text.charCodeAt(this.at); isDigit(c) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69; c = this.text.charCodeAt(++this.at));
    const token = this.text.slice(start, this.at);
    const value = Number(token);
    return Number.isFinite(value) && JSON.stringify(value) === token;
  }

  private word(word: string): boolean {
    if (!this.text.startsWith(word, this.at)) return false;
    this.at += word.length;
    return true;
  }
}
