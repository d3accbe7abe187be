import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { parseCatalog } from "./index";

/**
 * What the fault suite (server/services/catalog-faults.test.ts) found, pinned with exact messages:
 * values JSON.parse accepts but the importer mishandled (numbers that read as infinity, nesting that
 * overflowed the stack while storing the record), and member names that plain objects confuse with
 * Object.prototype (`constructor`, `toString`, `__proto__`).
 */

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
const openai = (parameters: unknown): unknown => [{ type: "function", function: { name: "f", parameters } }];
const toolbench = (parameters: unknown[]): unknown => [{ api_list: [{ category_name: "C", tool_name: "T", api_name: "A", required_parameters: parameters }] }];
const xlam = (parameters: string): unknown => [{ query: "q", answers: "[]", tools: `[{"name": "a", "parameters": ${parameters}}]` }];

function messageOf(content: unknown): string {
  try {
    parseCatalog({ file: "t.json", bytes: encode(content) });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the input to be rejected");
}

describe("values JSON.parse accepts but a catalog cannot hold", () => {
  it.each([
    ["a number too large for a double", '[{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {"n": {"type": "integer", "maximum": 1e400}}}}}]', "t.json, record 0, field function.parameters.properties.n.maximum: a number too large to represent (it reads as infinity)"],
    ["a negative one, in an xLAM tools string", xlam('{"n": {"type": "int", "default": -1e999}}'), "t.json, record 0, field tools[0].parameters.n.default: a number too large to represent (it reads as infinity)"],
    ["nesting 5000 deep (JSON.stringify overflowed storing it)", `[{"type": "function", "function": {"name": "f", "x-extra": ${"[".repeat(5000)}${"]".repeat(5000)}}}]`, "t.json, record 0, field function.x-extra[0][0][0][0][0][0]…: values are nested deeper than 256 levels"],
  ])("rejects %s", (_name, content, expected) => {
    expect(messageOf(content)).toBe(expected);
  });

  it("keeps a field path readable when a schema is nested a hundred levels deep", () => {
    let schema: unknown = { type: "string" };
    for (let i = 0; i < 110; i++) schema = { type: "object", properties: { inner: schema } };
    const message = messageOf(openai({ type: "object", properties: { p: schema } }));
    expect(message).toMatch(/^t\.json, record 0, field function\.parameters\.properties\.p\.properties\.inner.*….*inner: schemas are nested deeper than 100 levels$/);
    expect(message.length).toBeLessThan(300);
  });
});

describe("member names that Object.prototype also has", () => {
  it("reads ToolBench and xLAM parameters named constructor or toString (they were taken for repeats)", () => {
    const tb = parseCatalog({ file: "t.json", bytes: encode(toolbench([{ name: "constructor", type: "STRING" }, { name: "toString", type: "NUMBER" }])) });
    expect(tb.functions[0]?.parameters).toEqual({ type: "object", properties: { constructor: { type: "string" }, toString: { type: "number" } }, required: ["constructor", "toString"] });
    const x = parseCatalog({ file: "t.json", bytes: encode(xlam('{"constructor": {"type": "str"}}')) });
    expect(x.functions[0]?.parameters.properties).toEqual({ constructor: { type: "string" } });
  });

  it.each([
    ["a type named constructor (read as any type)", openai({ type: "object", properties: { x: { type: "constructor" } } }), 't.json, record 0, field function.parameters.properties.x.type: "constructor" is not a JSON Schema type'],
    ["required naming toString with no such property", openai({ type: "object", properties: {}, required: ["toString"] }), 't.json, record 0, field function.parameters.required: "toString" is required but not defined in properties'],
    ["a property named __proto__ (it vanished)", '[{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {"__proto__": {"type": "string"}}}}}]', 't.json, record 0, field function.parameters.properties.__proto__: "__proto__" cannot be used as a property name'],
    ["a ToolBench parameter named __proto__", toolbench([{ name: "__proto__", type: "STRING" }]), 't.json, record 0, field api_list[0].required_parameters[0].name: "__proto__" cannot be used as a parameter name'],
    ["an xLAM parameter named __proto__ (zod dropped it)", xlam('{"__proto__": {"type": "str"}}'), 't.json, record 0, field tools[0].parameters.__proto__: "__proto__" cannot be used as a parameter name'],
  ])("rejects %s", (_name, content, expected) => {
    expect(messageOf(content)).toBe(expected);
  });
});
