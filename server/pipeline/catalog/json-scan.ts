/**
 * A small JSON reader used where JSON.parse is not enough:
 * - after JSON.parse failed, to say where and why in the same words on every Node version, and which
 *   top-level array element was being read;
 * - to read truncated JSON (ToolBench cuts long template_response strings at 1000 characters),
 *   keeping every member that was complete.
 */

export interface JsonSyntaxProblem {
  /** 0-based character offset of the problem. */
  offset: number;
  reason: string;
  /** The text ended before the value was complete. */
  truncated: boolean;
  /** Index of the top-level array element being read, when the text is an array. */
  element?: number;
}

export type ScanResult = { ok: true; value: unknown } | ({ ok: false } & JsonSyntaxProblem);

const MAX_DEPTH = 1000;
/** Marks a scalar cut by the end of the text: containers drop it and stop. */
const CUT = Symbol("cut");

class Failure {
  constructor(
    readonly offset: number,
    readonly reason: string,
    readonly truncated = false,
  ) {}
}

class Scanner {
  private pos = 0;
  /** Set when the text ended inside a value (only in partial mode). */
  private ended = false;
  element: number | undefined;

  constructor(
    private readonly text: string,
    private readonly partial: boolean,
  ) {}

  document(): unknown {
    this.skipSpace();
    const value = this.value(0);
    if (value === CUT) return undefined;
    if (this.ended) return value;
    this.skipSpace();
    if (this.pos < this.text.length) throw new Failure(this.pos, "unexpected text after the end of the JSON value");
    return value;
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      this.pos++;
    }
  }

  private endOfText(expected: string): typeof CUT {
    if (!this.partial) throw new Failure(this.text.length, `the text ends where ${expected} was expected`, true);
    this.ended = true;
    return CUT;
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Failure(this.pos, `values are nested deeper than ${MAX_DEPTH} levels`);
    const c = this.text[this.pos];
    if (c === undefined) return this.endOfText("a value");
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    for (const [word, literal] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return literal;
      }
      const rest = this.text.length - this.pos;
      if (rest < word.length && word.startsWith(this.text.slice(this.pos))) return this.endOfText(`"${word}"`);
    }
    throw new Failure(this.pos, `unexpected character ${JSON.stringify(c)} where a value was expected`);
  }

  private object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      const quote = this.text[this.pos];
      if (quote === undefined) return this.close(result, "a property name");
      if (quote !== '"') throw new Failure(this.pos, "expected a property name in double quotes");
      const key = this.string();
      if (key === CUT) return result;
      this.skipSpace();
      const colon = this.text[this.pos];
      if (colon === undefined) return this.close(result, "':'");
      if (colon !== ":") throw new Failure(this.pos, "expected ':' after a property name");
      this.pos++;
      this.skipSpace();
      const member = this.value(depth + 1);
      if (member === CUT) return result;
      result[key] = member;
      if (this.ended) return result;
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === undefined) return this.close(result, "',' or '}'");
      this.pos++;
      if (next === "}") return result;
      if (next !== ",") throw new Failure(this.pos - 1, "expected ',' or '}' after a property value");
    }
  }

  private array(depth: number): unknown[] {
    const result: unknown[] = [];
    const top = depth === 0;
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (top) this.element = result.length;
      const item = this.value(depth + 1);
      if (item === CUT) return result;
      result.push(item);
      if (this.ended) return result;
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === undefined) return this.close(result, "',' or ']'");
      this.pos++;
      if (next === "]") return result;
      if (next !== ",") throw new Failure(this.pos - 1, "expected ',' or ']' after an array element");
    }
  }

  /** The text ended inside a container: partial mode keeps what was read so far. */
  private close<T>(container: T, expected: string): T {
    this.endOfText(expected);
    return container;
  }

  private string(): string | typeof CUT {
    const text = this.text;
    const start = this.pos;
    let i = start + 1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) i++;
      i++;
    }
    if (i >= text.length) {
      this.pos = text.length;
      return this.endOfText("the end of a string");
    }
    this.pos = i + 1;
    try {
      const parsed: unknown = JSON.parse(text.slice(start, i + 1));
      if (typeof parsed === "string") return parsed;
    } catch {
      // Reported below with the string's position.
    }
    throw new Failure(start, "invalid string (a bad escape or an unescaped control character)");
  }

  private number(): number | typeof CUT {
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (match === null) {
      if (this.pos + 1 >= this.text.length) return this.endOfText("a number");
      throw new Failure(this.pos, "invalid number");
    }
    this.pos += match[0].length;
    // A number touching the end of a truncated text may have lost digits.
    if (this.partial && this.pos >= this.text.length) return this.endOfText("the rest of a number");
    return Number(match[0]);
  }
}

function scan(text: string, partial: boolean): ScanResult {
  const scanner = new Scanner(text, partial);
  try {
    return { ok: true, value: scanner.document() };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return {
      ok: false,
      offset: error.offset,
      reason: error.reason,
      truncated: error.truncated,
      ...(scanner.element === undefined ? {} : { element: scanner.element }),
    };
  }
}

/** Locates the first syntax problem of a text that JSON.parse rejected. */
export function findJsonProblem(text: string): JsonSyntaxProblem | undefined {
  const result = scan(text, false);
  if (result.ok) return undefined;
  const { ok: _ok, ...problem } = result;
  return problem;
}

/** Reads JSON that may have been cut short, keeping complete members; undefined when not JSON at all. */
export function parsePartialJson(text: string): unknown {
  const result = scan(text, true);
  return result.ok ? result.value : undefined;
}

/** 1-based line and column of an offset, as editors show them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
