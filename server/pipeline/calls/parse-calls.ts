import type { FunctionCall } from "../schemas/chat";
import { describePosition } from "./position";
import { tokenizeCalls, type Punct, type Token } from "./tokenize-calls";

export type ParseCallsResult = { ok: true; calls: FunctionCall[] } | { ok: false; error: string };
export type ParseValueResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Deep enough for any real argument, shallow enough that hostile input cannot overflow the stack. */
const MAX_DEPTH = 100;

const keywords: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ["true", true],
  ["True", true],
  ["false", false],
  ["False", false],
  ["null", null],
  ["None", null],
]);

class ParseError {
  constructor(
    readonly reason: string,
    readonly token: Token,
  ) {}
}

function describeToken(token: Token): string {
  switch (token.kind) {
    case "punct":
      return `'${token.value}'`;
    case "string":
      return `string ${JSON.stringify(token.value)}`;
    case "number":
      return `number ${token.value}`;
    case "name":
      return `name '${token.value}'`;
    case "end":
      return "the end of the text";
  }
}

/**
 * Recursive descent over the tokens of
 *   calls := '[' (call (',' call)* ','?)? ']' | call
 *   call  := NAME '(' (arg (',' arg)* ','?)? ')'        arg := (NAME | STRING) '=' value
 *   value := STRING | NUMBER | true/false/null/True/False/None | list | tuple | dict
 */
class CallParser {
  private index = 0;
  /** tokenizeCalls ends every list with an `end` token; any look past the last token sees it. */
  private readonly last: Token;

  constructor(private readonly tokens: readonly Token[]) {
    this.last = tokens.at(-1) ?? { kind: "end", at: 0 };
  }

  private peek(offset = 0): Token {
    return this.tokens[this.index + offset] ?? this.last;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.index++;
    return token;
  }

  private isPunct(value: Punct, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === "punct" && token.value === value;
  }

  private expected(what: string): never {
    throw new ParseError(`expected ${what}`, this.peek());
  }

  private expect(value: Punct): void {
    if (!this.isPunct(value)) this.expected(`'${value}'`);
    this.advance();
  }

  document(): FunctionCall[] {
    const first = this.peek();
    let calls: FunctionCall[];
    if (first.kind === "punct" && first.value === "[") {
      calls = this.sequence("[", "]", () => this.call());
    } else if (first.kind === "name") {
      calls = [this.call()];
    } else {
      this.expected("'[' or a function name");
    }
    this.end("the call list");
    return calls;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new ParseError(`values nested deeper than ${MAX_DEPTH} levels`, this.peek());
    const token = this.peek();
    switch (token.kind) {
      case "string":
      case "number":
        this.advance();
        return token.value;
      case "name":
        if (keywords.has(token.value)) {
          this.advance();
          return keywords.get(token.value);
        }
        if (this.isPunct("(", 1)) throw new ParseError(`a call (${token.value}) cannot be an argument value`, token);
        throw new ParseError(`unexpected name '${token.value}' (strings must be quoted)`, token);
      case "punct":
        if (token.value === "[") return this.sequence("[", "]", () => this.value(depth + 1));
        if (token.value === "{") return this.dict(depth);
        if (token.value === "(") return this.tuple(depth);
        break;
      case "end":
        break;
    }
    return this.expected("a value");
  }

  end(what: string): void {
    const token = this.peek();
    if (token.kind !== "end") throw new ParseError(`unexpected ${describeToken(token)} after ${what}`, token);
  }

  /** `open item (, item)* ,? close`, trailing comma tolerated. */
  private sequence<T>(open: Punct, close: Punct, item: () => T): T[] {
    this.expect(open);
    const items: T[] = [];
    while (!this.isPunct(close)) {
      items.push(item());
      if (this.isPunct(",")) this.advance();
      else if (!this.isPunct(close)) this.expected(`',' or '${close}'`);
    }
    this.advance();
    return items;
  }

  private call(): FunctionCall {
    const name = this.peek();
    if (name.kind !== "name") this.expected("a function name");
    this.advance();
    const seen = new Set<string>();
    const entries = this.sequence("(", ")", (): [string, unknown] => {
      const key = this.peek();
      if ((key.kind !== "name" && key.kind !== "string") || !this.isPunct("=", 1)) {
        throw new ParseError("positional argument: only keyword arguments (name=value) are allowed", key);
      }
      if (seen.has(key.value)) throw new ParseError(`repeated argument '${key.value}'`, key);
      seen.add(key.value);
      this.advance();
      this.advance();
      return [key.value, this.value(1)];
    });
    // fromEntries defines own properties, so a key like "__proto__" stays an ordinary argument.
    return { name: name.value, arguments: Object.fromEntries(entries) };
  }

  /** Python semantics: `()` and `(a, b)` are tuples (arrays), `(a)` is just a. */
  private tuple(depth: number): unknown {
    this.expect("(");
    const items: unknown[] = [];
    let comma = false;
    while (!this.isPunct(")")) {
      items.push(this.value(depth + 1));
      if (this.isPunct(",")) {
        comma = true;
        this.advance();
      } else if (!this.isPunct(")")) this.expected("',' or ')'");
    }
    this.advance();
    return items.length === 1 && !comma ? items[0] : items;
  }

  private dict(depth: number): Record<string, unknown> {
    const entries = this.sequence("{", "}", (): [string, unknown] => {
      const key = this.advance();
      // Python allows number keys; a JSON object can only hold them as strings.
      if (key.kind !== "string" && key.kind !== "number") throw new ParseError("expected a quoted key", key);
      this.expect(":");
      return [String(key.value), this.value(depth + 1)];
    });
    return Object.fromEntries(entries);
  }
}

function run<T>(text: string, parse: (parser: CallParser) => T): { ok: true; value: T } | { ok: false; error: string } {
  const lexed = tokenizeCalls(text);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, value: parse(new CallParser(lexed.tokens)) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const found = error.token.kind === "end" ? "" : `, found ${describeToken(error.token)}`;
    const detail = error.reason.startsWith("expected") ? found : "";
    return { ok: false, error: `${error.reason} at ${describePosition(text, error.token.at)}${detail}` };
  }
}

/** Parses `[f(a=1, b="x"), g(c=[1, 2])]` or a single `f(a=1)`; errors name the position. */
export function parseCalls(text: string): ParseCallsResult {
  const result = run(text, (parser) => parser.document());
  return result.ok ? { ok: true, calls: result.value } : result;
}

/** Parses one value literal of the grammar (JSON or Python style: `{'k': True}`). */
export function parseValue(text: string): ParseValueResult {
  return run(text, (parser) => {
    const value = parser.value(0);
    parser.end("the value");
    return value;
  });
}
