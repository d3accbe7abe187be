import { describe, expect, it } from "vitest";
import { createRandom } from "./pipeline/random";
import { sharedFieldParser } from "./shared-field-parse";

const tools = [{ type: "function", function: { name: "add", description: 'adds "a" and \\ "b" ]}', parameters: { type: "object" } } }];
const line = (id: string, extra = "") => `{"id":"${id}",${extra}"tools":${JSON.stringify(tools)},"messages":[{"role":"user","content":"hi"}]}`;

/** What `JSON.parse` does with the text: its value, or its error message. */
function outcome(parse: (text: string) => unknown, text: string): { value: string } | { error: string } {
  try {
    return { value: JSON.stringify(parse(text)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe("sharedFieldParser", () => {
  it("gives what JSON.parse gives, keys in the same order, the repeated value parsed once and shared", () => {
    const parse = sharedFieldParser("tools");
    const first = parse(line("a"));
    const second = parse(line("b"));
    expect(JSON.stringify(first)).toBe(JSON.stringify(JSON.parse(line("a"))));
    expect(JSON.stringify(second)).toBe(JSON.stringify(JSON.parse(line("b"))));
    const a = (first as { tools: unknown[] }).tools;
    const b = (second as { tools: unknown[] }).tools;
    expect(a).not.toBe(b);
    expect(a[0]).toBe(b[0]);
  });

  it("shares equal items of different values", () => {
    const parse = sharedFieldParser("tools");
    const first = parse(`{"tools":[{"name":"a"},{"name":"b"}]}`) as { tools: unknown[] };
    const second = parse(`{"tools":[{"name":"b"}]}`) as { tools: unknown[] };
    expect(second.tools[0]).toBe(first.tools[1]);
    expect(second).toEqual({ tools: [{ name: "b" }] });
  });

  it("gives each record its own array to reorder, and refuses changes to the shared items", () => {
    const parse = sharedFieldParser("tools");
    const mine = parse(`{"tools":[1,{"x":2}],"id":"a"}`) as { tools: unknown[] };
    mine.tools.reverse();
    expect(parse(`{"tools":[1,{"x":2}],"id":"b"}`)).toEqual({ tools: [1, { x: 2 }], id: "b" });
    expect(() => {
      (mine.tools[0] as { x: number }).x = 3;
    }).toThrow(TypeError);
  });

  it.each([
    ["a member of that name nested in an earlier one", `{"turns":[{"tools":[9]}],"tools":[1]}`],
    ["a value equal to the name", `{"a":"tools","tools":[1]}`],
    ["the name inside an escaped string", `{"a":"x\\"tools\\":[5]","tools":[1]}`],
    ["escaped backslashes before a quote", `{"a":"\\\\","tools":["\\\\\\"]"]}`],
    ["spaces around the colon and the value", `{ "tools" : [ 1 , 2 ] , "b" : 1 }`],
    ["the member last", `{"b":1,"tools":[[],{}]}`],
    ["two members of that name (the last counts)", `{"tools":[1],"tools":[2]}`],
    ["a value that is not an array", `{"tools":{"a":1}}`],
    ["no such member", `{"a":[1]}`],
    ["a top-level array", `[{"tools":[1]}]`],
    ["a number glued after the array", `{"tools":[1].5}`],
    ["an exponent glued after the array", `{"tools":[1]e5}`],
    ["an unclosed array", `{"tools":[1,`],
    ["an unclosed string", `{"tools":["a]}`],
    ["broken JSON inside the array", `{"tools":[1,,2],"a":1}`],
    ["broken JSON after the array", `{"tools":[1],"a":}`],
  ])("agrees with JSON.parse on %s", (_, text) => {
    const parse = sharedFieldParser("tools");
    expect(outcome(parse, text)).toEqual(outcome(JSON.parse, text));
    expect(outcome(parse, text)).toEqual(outcome(JSON.parse, text));
  });

  it("agrees with JSON.parse on thousands of damaged records", () => {
    const random = createRandom(7);
    const parse = sharedFieldParser("tools");
    const base = line("r", `"turns":[{"tools":[0]}],`);
    const pieces = ['"', "\\", "[", "]", "{", "}", ",", ":", " ", "0", ".5", "e"];
    for (let k = 0; k < 5000; k++) {
      let text = base;
      for (let edits = 1 + random.int(3); edits > 0; edits--) {
        const at = random.int(text.length);
        text = random.int(2) === 0 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + (pieces[random.int(pieces.length)] ?? "") + text.slice(at);
      }
      expect(outcome(parse, text), text).toEqual(outcome(JSON.parse, text));
    }
  });

  it("stays right when the values never repeat (the cache is set aside, then tried again)", () => {
    const parse = sharedFieldParser("tools");
    for (let k = 0; k < 20_000; k++) {
      const text = `{"id":${k},"tools":[${k}]}`;
      expect(parse(text)).toEqual({ id: k, tools: [k] });
    }
  });
});
