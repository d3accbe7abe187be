import { describe, expect, it } from "vitest";
import { findJsonProblem, lineAndColumn, parsePartialJson } from "./json-scan";

describe("findJsonProblem", () => {
  it.each([
    ['{"a": 1,}', { offset: 8, reason: "expected a property name in double quotes", truncated: false }],
    ['[1, 2', { offset: 5, reason: "the text ends where ',' or ']' was expected", truncated: true, element: 1 }],
    ['[{"a": 1}, {"b": tru', { offset: 20, reason: "the text ends where \"true\" was expected", truncated: true, element: 1 }],
    ['{"a" 1}', { offset: 5, reason: "expected ':' after a property name", truncated: false }],
    ['{"a": 1} x', { offset: 9, reason: "unexpected text after the end of the JSON value", truncated: false }],
    ['"a\\x"', { offset: 0, reason: "invalid string (a bad escape or an unescaped control character)", truncated: false }],
    ["[01]", { offset: 2, reason: "expected ',' or ']' after an array element", truncated: false, element: 0 }],
  ])("%j", (text, problem) => {
    expect(findJsonProblem(text)).toEqual(problem);
  });

  it("finds nothing in valid JSON", () => {
    expect(findJsonProblem('{"a": [1, 2.5e3, true, null, "x\\n"]}')).toBeUndefined();
  });
});

describe("parsePartialJson keeps what was complete", () => {
  it.each([
    ['{"a": "str", "b": {"c": "int", "d": [{"e": "fl', { a: "str", b: { c: "int", d: [{}] } }],
    ['{"a": "str", "b": 12', { a: "str" }],
    ['{"a": "str", "b":', { a: "str" }],
    ['{"a": "str", "b', { a: "str" }],
    ['[1, 2, [3, 4', [1, 2, [3]]],
    ['{"a": [], "n": nu', { a: [] }],
    ['{"a": 1}', { a: 1 }],
  ])("%j", (text, value) => {
    expect(parsePartialJson(text)).toEqual(value);
  });

  it("gives undefined for text that is not JSON", () => {
    expect(parsePartialJson("hello")).toBeUndefined();
    expect(parsePartialJson('{"a": x')).toBeUndefined();
  });
});

describe("lineAndColumn", () => {
  it("counts from 1 like editors", () => {
    expect(lineAndColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\nef", 8)).toEqual({ line: 3, column: 3 });
  });
});
