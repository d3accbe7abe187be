import { describePosition } from "./position";

const punctuation = ["[", "]", "(", ")", "{", "}", ",", ":", "="] as const;
export type Punct = (typeof punctuation)[number];

/** A token of the action grammar; `at` is its 0-based offset in the text, for error positions. */
export type Token =
  | { kind: "punct"; value: Punct; at: number }
  | { kind: "string"; value: string; at: number }
  | { kind: "number"; value: number; at: number }
  | { kind: "name"; value: string; at: number }
  | { kind: "end"; at: number };

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: string };

// Lexemes are matched with sticky patterns at the current offset; the structure is left to the parser.
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_.\-]*/y;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPACE = /\s/;

/** Single-character escapes shared by JSON and Python string literals. */
const simpleEscapes: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0",
  "\\": "\\",
  '"': '"',
  "'": "'",
  "/": "/",
};

const isPunct = (c: string): c is Punct => punctuation.some((p) => p === c);

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

class LexError {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {}
}

/** Reads a quoted string starting at `start`; returns its value and the offset after the closing quote. */
function readString(text: string, start: number): { value: string; end: number } {
  const quote = text.charAt(start);
  let value = "";
  let pos = start + 1;
  while (pos < text.length) {
    const c = text.charAt(pos);
    if (c === quote) return { value, end: pos + 1 };
    if (c !== "\\") {
      value += c;
      pos++;
      continue;
    }
    const e = text.charAt(pos + 1);
    if (e === "u" || e === "x") {
      const digits = text.slice(pos + 2, pos + (e === "u" ? 6 : 4));
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== (e === "u" ? 4 : 2)) {
        throw new LexError(`bad \\${e} escape`, pos);
      }
      // Code units are appended one by one, so JSON's surrogate pairs (\ud83d\ude00) combine by themselves.
      value += String.fromCharCode(parseInt(digits, 16));
      pos += 2 + digits.length;
    } else if (e === "\n") {
      pos += 2; // a backslash-newline continues the line, as in Python
    } else if (e === "") {
      break;
    } else {
      // Python keeps an unknown escape as written ("\d" stays a backslash and a d); so do we.
      value += simpleEscapes[e] ?? `\\${e}`;
      pos += 2;
    }
  }
  throw new LexError("unterminated string", start);
}

function readToken(text: string, pos: number): { token: Token; end: number } {
  const c = text.charAt(pos);
  if (isPunct(c)) return { token: { kind: "punct", value: c, at: pos }, end: pos + 1 };
  if (c === '"' || c === "'") {
    const { value, end } = readString(text, pos);
    return { token: { kind: "string", value, at: pos }, end };
  }
  const number = matchAt(NUMBER, text, pos);
  if (number !== undefined) {
    const end = pos + number.length;
    if (NAME_CHAR.test(text.charAt(end))) throw new LexError(`invalid number ${JSON.stringify(text.slice(pos, end + 1))}`, pos);
    return { token: { kind: "number", value: Number(number), at: pos }, end };
  }
  if (c === "-") throw new LexError("expected a digit after '-'", pos);
  const name = matchAt(NAME, text, pos);
  if (name !== undefined) return { token: { kind: "name", value: name, at: pos }, end: pos + name.length };
  throw new LexError(`unexpected character ${JSON.stringify(c)}`, pos);
}

/** Splits a call list into tokens; the last token is always `end`. */
export function tokenizeCalls(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let pos = 0;
  try {
    while (pos < text.length) {
      if (SPACE.test(text.charAt(pos))) {
        pos++;
        continue;
      }
      const { token, end } = readToken(text, pos);
      tokens.push(token);
      pos = end;
    }
  } catch (error) {
    if (!(error instanceof LexError)) throw error;
    return { ok: false, error: `${error.reason} at ${describePosition(text, error.at)}` };
  }
  tokens.push({ kind: "end", at: text.length });
  return { ok: true, tokens };
}
