import { describe, expect, it } from "vitest";
import { parseAction, type Action } from "./parse-action";
import { stripFence } from "./strip-fence";

const fA1: Action = { type: "calls", calls: [{ name: "f", arguments: { a: 1 } }] };

describe("parseAction", () => {
  const actions: [string, Action][] = [
    ["[f(a=1)]", fA1],
    ["  \n[f(a=1)]\n ", fA1],
    ["```python\n[f(a=1)]\n```", fA1],
    ["```json\n[f(a=1)]\n```", fA1],
    ["```\n[f(a=1)]\n```", fA1],
    ["```[f(a=1)]```", fA1],
    ["`[f(a=1)]`", fA1],
    ["f(a=1)", fA1],
    ["[]", { type: "calls", calls: [] }],
    ["Which city do you mean?", { type: "text", text: "Which city do you mean?" }],
    ["  It is 21 °C in Paris.  ", { type: "text", text: "It is 21 °C in Paris." }],
    ["[1, 2, 3] are the ids I found.", { type: "text", text: "[1, 2, 3] are the ids I found." }],
    ["[Note] I cannot do that.", { type: "text", text: "[Note] I cannot do that." }],
    ["Paris (France) is the capital (since 987)", { type: "text", text: "Paris (France) is the capital (since 987)" }],
    ["I will call [f(a=1)] now.", { type: "text", text: "I will call [f(a=1)] now." }],
  ];
  it.each(actions)("%j", (text, action) => {
    expect(parseAction(text)).toEqual({ ok: true, action });
  });

  const malformed: [string, string][] = [
    ["[f(a=1", `expected ',' or ')' at column 7 in "[f(a=1"`],
    ["```python\n[f(a=1, 2)]\n```", `positional argument: only keyword arguments (name=value) are allowed at column 9 in "[f(a=1, 2)]"`],
    ['[{"name": "f", "arguments": {}}]', `expected a function name at column 2, found '{' in "[{\\"name\\": \\"f\\", \\"arguments\\": {}}]"`],
    ["f(a=1, b=oops)", `unexpected name 'oops' (strings must be quoted) at column 10 in "f(a=1, b=oops)"`],
    ["[f(a=1)] and then [g(b=2)]", `unexpected name 'and' after the call list at column 10 in "[f(a=1)] and then [g(b=2)]"`],
  ];
  it.each(malformed)("malformed %j", (text, error) => {
    expect(parseAction(text)).toEqual({ ok: false, error });
  });
});

describe("stripFence", () => {
  it("strips only a fence around the whole answer", () => {
    expect(stripFence("```python\nx\n```")).toBe("x");
    expect(stripFence("see ```x```")).toBe("see ```x```");
  });
});
