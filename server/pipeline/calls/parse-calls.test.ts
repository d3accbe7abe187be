import { describe, expect, it } from "vitest";
import type { FunctionCall } from "../schemas/chat";
import { parseCalls, parseValue } from "./parse-calls";

const call = (name: string, args: Record<string, unknown> = {}): FunctionCall => ({ name, arguments: args });

describe("parseCalls: valid call lists", () => {
  const cases: [string, FunctionCall[]][] = [
    ['[f(a=1, b="x"), g(c=[1,2])]', [call("f", { a: 1, b: "x" }), call("g", { c: [1, 2] })]],
    ["f(a=1)", [call("f", { a: 1 })]],
    ["[]", []],
    ["[f()]", [call("f")]],
    ["  [ f ( a = 1 ) ]  ", [call("f", { a: 1 })]],
    ["[math.factorial(number=5)]", [call("math.factorial", { number: 5 })]],
    ["[get-weather_v2(city='Paris')]", [call("get-weather_v2", { city: "Paris" })]],
    ["[f(a=-3, b=2.5, c=-0.25, d=1e3, e=1.5E-2, f=.5, g=7.)]", [call("f", { a: -3, b: 2.5, c: -0.25, d: 1000, e: 0.015, f: 0.5, g: 7 })]],
    ["[f(a=true, b=false, c=True, d=False, e=null, f=None)]", [call("f", { a: true, b: false, c: true, d: false, e: null, f: null })]],
    ['[f(s="a\\nb\\t\\"c\\"\\\\")]', [call("f", { s: 'a\nb\t"c"\\' })]],
    ["[f(s='it\\'s', t='say \"hi\"')]", [call("f", { s: "it's", t: 'say "hi"' })]],
    ['[f(s="\\u00e9\\ud83d\\ude00", t="\\x41", u="\\d+")]', [call("f", { s: "é😀", t: "A", u: "\\d+" })]],
    ["[f(t=(1, 2), u=(), v=(3,), w=(4))]", [call("f", { t: [1, 2], u: [], v: [3], w: 4 })]],
    [
      `[f(d={"k": {'inner': [1, {"x": None}]}, "n": -1}, e={1: "one"})]`,
      [call("f", { d: { k: { inner: [1, { x: null }] }, n: -1 }, e: { "1": "one" } })],
    ],
    ["[f(a=[1, 2,], b={'k': 1,},), g(),]", [call("f", { a: [1, 2], b: { k: 1 } }), call("g")]],
    ['[f("page size"=10)]', [call("f", { "page size": 10 })]],
    ["[\n  f(a=1),\n  g(b=2)\n]", [call("f", { a: 1 }), call("g", { b: 2 })]],
  ];
  it.each(cases)("%s", (text, calls) => {
    expect(parseCalls(text)).toEqual({ ok: true, calls });
  });

  it("keeps __proto__ as an ordinary argument and dict key", () => {
    const parsed = parseCalls('[f(__proto__=1, d={"__proto__": 2})]');
    expect(parsed.ok && Object.keys(parsed.calls[0]?.arguments ?? {})).toEqual(["__proto__", "d"]);
    expect(parsed.ok && Object.getPrototypeOf(parsed.calls[0]?.arguments)).toBe(Object.prototype);
  });
});

describe("parseCalls: malformed call lists say what and where", () => {
  const cases: [string, string][] = [
    ["[f(a=1", "expected ',' or ')' at column 7"],
    ["[f(a=1)", "expected ',' or ']' at column 8"],
    ["[f(a=1) g(b=2)]", "expected ',' or ']' at column 9, found name 'g'"],
    ["[f(1, b=2)]", "positional argument: only keyword arguments (name=value) are allowed at column 4"],
    ['[f("x")]', "positional argument: only keyword arguments (name=value) are allowed at column 4"],
    ["[f(a=1, a=2)]", "repeated argument 'a' at column 9"],
    ["[f(a=Paris)]", "unexpected name 'Paris' (strings must be quoted) at column 6"],
    ["[f(a=g(b=1))]", "a call (g) cannot be an argument value at column 6"],
    ['[f(a="x)]', "unterminated string at column 6"],
    ["[f(a=1abc)]", 'invalid number "1a" at column 6'],
    ["[f(a=-)]", "expected a digit after '-' at column 6"],
    ["[f(a=1;)]", 'unexpected character ";" at column 7'],
    ['[f(s="\\u12")]', "bad \\u escape at column 7"],
    ["[f(a={b: 1})]", "expected a quoted key at column 7, found name 'b'"],
    ["[f(a={'b' 1})]", "expected ':' at column 11, found number 1"],
    ["[f(a=)]", "expected a value at column 6, found ')'"],
    ["[1, 2]", "expected a function name at column 2, found number 1"],
    ["f(a=1) trailing", "unexpected name 'trailing' after the call list at column 8"],
    ['{"name": "f"}', "expected '[' or a function name at column 1, found '{'"],
    ["", "expected '[' or a function name at column 1"],
    ["[\n  f(a=1),\n  g(b=2\n]", "expected ',' or ')' at line 4, column 1, found ']'"],
  ];
  it.each(cases)("%s", (text, error) => {
    expect(parseCalls(text)).toEqual({ ok: false, error });
  });

  it("refuses nesting deeper than 100 levels instead of overflowing the stack", () => {
    const deep = `[f(a=${"[".repeat(5000)}${"]".repeat(5000)})]`;
    const parsed = parseCalls(deep);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^values nested deeper than 100 levels at column \d+$/);
  });
});

describe("parseValue", () => {
  it("reads JSON and Python literals", () => {
    expect(parseValue(`{'category': 'Weather', "ok": True, "n": None}`)).toEqual({
      ok: true,
      value: { category: "Weather", ok: true, n: null },
    });
  });
  it("rejects text after the value", () => {
    expect(parseValue("{} {}")).toEqual({ ok: false, error: "unexpected '{' after the value at column 4" });
  });
});
