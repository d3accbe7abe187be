import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { importCatalogs, parseCatalog, type CatalogInput } from "./index";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const jsonl = (...lines: unknown[]): string => lines.map((line) => JSON.stringify(line)).join("\n");
const tool = (fn: unknown): unknown => ({ type: "function", function: fn });
const ok = tool({ name: "ok", parameters: { type: "object", properties: {} } });
/** An OpenAI JSON Lines file whose line `record` holds `fn` (earlier lines are fine). */
const openaiAt = (record: number, fn: unknown): string => jsonl(...Array.from({ length: record }, () => ok), tool(fn));
const cityTyped = (type: unknown): unknown => ({ name: "weather", parameters: { type: "object", properties: { city: { type } }, required: ["city"] } });

interface Case {
  name: string;
  file: string;
  content: string | Uint8Array;
  /** Every fragment must appear in the message: the file, the record, the field and the reason. */
  expected: string[];
  maxBytes?: number;
}

const cases: Case[] = [
  { name: "empty file", file: "empty.json", content: "", expected: ["empty.json: the file is empty"] },
  { name: "only whitespace", file: "blank.jsonl", content: " \n\t\n", expected: ["blank.jsonl: the file contains only whitespace"] },
  {
    name: "truncated JSON array",
    file: "tools.json",
    content: `[\n${JSON.stringify(ok)},\n{"type": "function", "function": {"name": "cut`,
    expected: ["tools.json, record 1:", "truncated", "line 3, column"],
  },
  {
    name: "truncated JSON object (an MCP envelope)",
    file: "server.json",
    content: '{\n  "tools": [\n    {"name": "a", "inputSchema": {"type": "obj',
    expected: ["server.json: the file is truncated: the JSON ends at line 3, column 47 before it is complete"],
  },
  {
    name: "broken JSON Lines line",
    file: "tools.jsonl",
    content: `${JSON.stringify(ok)}\n${JSON.stringify(ok)}\n{"type": "function" "function": {}}\n`,
    expected: ["tools.jsonl, record 2:", "line 3 is not valid JSON", "expected ',' or '}' after a property value at column 21"],
  },
  {
    name: "truncated last JSON Lines line",
    file: "tools.jsonl",
    content: `${JSON.stringify(ok)}\n{"type": "function", "function": {"name": "x"`,
    expected: ["tools.jsonl, record 1:", "line 2 is truncated", "ends at column 46"],
  },
  {
    name: "non-UTF-8 bytes",
    file: "latin1.json",
    content: Uint8Array.from([...encode('[{"name": "caf'), 0xe9, ...encode('"}]')]),
    expected: ["latin1.json: the file is not UTF-8 text: invalid byte 0xE9 at byte offset 14 (line 1)"],
  },
  {
    name: "name is a number",
    file: "tools.jsonl",
    content: openaiAt(1, { name: 5 }),
    expected: ["tools.jsonl, record 1, field function.name: expected a string, got the number 5"],
  },
  {
    name: "name missing",
    file: "tools.jsonl",
    content: openaiAt(2, { description: "no name" }),
    expected: ["tools.jsonl, record 2, field function.name: is missing (expected a string)"],
  },
  {
    name: "name empty",
    file: "docs.jsonl",
    content: jsonl({ name: "a", parameters: {} }, { name: "", parameters: {} }),
    expected: ["docs.jsonl, record 1, field name: must not be empty"],
  },
  {
    name: "parameters is a string",
    file: "tools.jsonl",
    content: openaiAt(0, { name: "a", parameters: "x" }),
    expected: ['tools.jsonl, record 0, field function.parameters: expected a JSON Schema object, got the string "x"'],
  },
  {
    name: "parameters is not an object schema",
    file: "tools.jsonl",
    content: openaiAt(1, { name: "a", parameters: { type: "string" } }),
    expected: ['tools.jsonl, record 1, field function.parameters.type: parameters must be an object schema, got type "string"'],
  },
  {
    name: "properties is an array",
    file: "tools.jsonl",
    content: openaiAt(1, { name: "a", parameters: { type: "object", properties: [] } }),
    expected: ["tools.jsonl, record 1, field function.parameters.properties: expected an object mapping names to schemas, got an array"],
  },
  {
    name: "required holds a number",
    file: "tools.jsonl",
    content: openaiAt(1, { name: "a", parameters: { type: "object", properties: { x: {} }, required: ["x", 3] } }),
    expected: ["tools.jsonl, record 1, field function.parameters.required[1]: expected a property name, got the number 3"],
  },
  {
    name: "required is a string",
    file: "tools.jsonl",
    content: openaiAt(1, { name: "a", parameters: { type: "object", properties: { x: {} }, required: "x" } }),
    expected: ['tools.jsonl, record 1, field function.parameters.required: expected a list of property names, got the string "x"'],
  },
  {
    name: "required names an undefined property",
    file: "tools.jsonl",
    content: openaiAt(1, { name: "a", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city", "zip"] } }),
    expected: ['tools.jsonl, record 1, field function.parameters.required: "zip" is required but not defined in properties'],
  },
  {
    name: "nested required names an undefined property",
    file: "tools.jsonl",
    content: openaiAt(0, { name: "a", parameters: { type: "object", properties: { p: { type: "object", properties: {}, required: ["q"] } } } }),
    expected: ['tools.jsonl, record 0, field function.parameters.properties.p.required: "q" is required but not defined in properties'],
  },
  {
    name: "unknown type name",
    file: "tools.jsonl",
    content: openaiAt(3, cityTyped("banana")),
    expected: ['tools.jsonl, record 3, field function.parameters.properties.city.type: "banana" is not a JSON Schema type'],
  },
  {
    name: "type is a number",
    file: "tools.jsonl",
    content: openaiAt(0, cityTyped(7)),
    expected: ["tools.jsonl, record 0, field function.parameters.properties.city.type: expected a type name or a list of type names, got the number 7"],
  },
  {
    name: "description is not text",
    file: "tools.jsonl",
    content: openaiAt(0, { name: "a", parameters: { type: "object", properties: { x: { type: "string", description: 3 } } } }),
    expected: ["tools.jsonl, record 0, field function.parameters.properties.x.description: expected a string, got the number 3"],
  },
  {
    name: "a record that is not an object",
    file: "tools.jsonl",
    content: `${JSON.stringify(ok)}\n5\n`,
    expected: ["tools.jsonl, record 1: expected an object, got the number 5"],
  },
  {
    name: "same name, different definition, one toolkit",
    file: "math_api.json",
    content: jsonl(
      { name: "add", description: "Add.", parameters: { type: "dict", properties: { a: { type: "float" } } } },
      { name: "add", description: "Add integers.", parameters: { type: "dict", properties: { a: { type: "integer" } } } },
    ),
    expected: ['math_api.json, record 1, field name: function "add" is defined again in toolkit "math_api"', "with a different definition (first defined at math_api.json, record 0)"],
  },
  {
    name: "same name twice in one BFCL test entry",
    file: "BFCL_v3_multiple.json",
    content: jsonl({ id: "multiple_0", question: [], function: [{ name: "f", parameters: { type: "dict", properties: {} } }, { name: "f", description: "other", parameters: { type: "dict", properties: {} } }] }),
    expected: ['BFCL_v3_multiple.json, record 0, field function[1].name: function "f" is defined again in toolkit "multiple_0"'],
  },
  {
    name: "unknown format",
    file: "notes.json",
    content: JSON.stringify([{ title: "x", body: "y" }]),
    expected: ["notes.json, record 0: unknown catalog format (tried openai, bfcl-doc, bfcl-test, toolbench, mcp, xlam); the record has the fields: title, body"],
  },
  {
    name: "a JSON value that is not a record",
    file: "numbers.json",
    content: "[1, 2]",
    expected: ["numbers.json, record 0: unknown catalog format (tried openai, bfcl-doc, bfcl-test, toolbench, mcp, xlam): a record must be a JSON object, got the number 1"],
  },
  {
    name: "over the size limit",
    file: "big.json",
    content: "x".repeat(100),
    maxBytes: 64,
    expected: ["big.json: the file is 100 bytes, over the limit of 64 bytes"],
  },
  {
    name: "over the default limit of 50 MiB",
    file: "huge.json",
    content: new Uint8Array(50 * 1024 * 1024 + 1),
    expected: ["huge.json: the file is 50.0 MiB (52428801 bytes), over the limit of 50.0 MiB (52428800 bytes)"],
  },
  {
    name: "UTF-16 text",
    file: "utf16.json",
    content: Uint8Array.from([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]),
    expected: ["utf16.json: the file is UTF-16 text, not UTF-8; save it as UTF-8"],
  },
  {
    name: "BFCL possible-answer file",
    file: "possible_answer/BFCL_v3_simple.json",
    content: jsonl({ id: "simple_0", ground_truth: [{ calculate_triangle_area: { base: [10] } }] }),
    expected: ["possible_answer/BFCL_v3_simple.json, record 0, field ground_truth: this is a BFCL possible-answer (ground-truth) file, not a function catalog"],
  },
  {
    name: "BFCL test entry whose function is not a list",
    file: "BFCL_v3_simple.json",
    content: jsonl({ id: "simple_0", question: [], function: [] }, { id: "simple_1", question: [], function: { name: "f" } }),
    expected: ["BFCL_v3_simple.json, record 1, field function: expected an array, got an object"],
  },
  {
    name: "ToolBench parameter with an unknown type",
    file: "G1_query.json",
    content: JSON.stringify([{ api_list: [{ category_name: "Data", tool_name: "T", api_name: "A", required_parameters: [{ name: "x", type: "STRINGY", description: "" }] }] }]),
    expected: ['G1_query.json, record 0, field api_list[0].required_parameters[0].type: "STRINGY" is not a JSON Schema type'],
  },
  {
    name: "ToolBench API without tool_name",
    file: "G1_query.json",
    content: JSON.stringify([{ api_list: [] }, { api_list: [{ category_name: "Data", tool_name: "T", api_name: "A" }, { category_name: "Data", api_name: "B" }] }]),
    expected: ["G1_query.json, record 1, field api_list[1].tool_name: is missing (expected a string)"],
  },
  {
    name: "ToolBench parameter listed twice with different types",
    file: "G1_query.json",
    content: JSON.stringify([{ api_list: [{ category_name: "Data", tool_name: "T", api_name: "A", required_parameters: [{ name: "x", type: "STRING" }], optional_parameters: [{ name: "x", type: "NUMBER" }] }] }]),
    expected: ['G1_query.json, record 0, field api_list[0].optional_parameters[0].name: parameter "x" is listed twice with different types'],
  },
  {
    name: "MCP tool whose inputSchema is not an object schema",
    file: "server.json",
    content: JSON.stringify({ tools: [{ name: "a", inputSchema: { type: "object" } }, { name: "b", inputSchema: { type: "array" } }] }),
    expected: ['server.json, record 1, field inputSchema.type: parameters must be an object schema, got type "array"'],
  },
  {
    name: "MCP tool without inputSchema",
    file: "server.json",
    content: JSON.stringify({ tools: [{ name: "a", inputSchema: { type: "object" } }, { name: "b", description: "no schema" }] }),
    expected: ["server.json, record 1, field inputSchema: is missing"],
  },
  {
    name: "JSON-RPC error instead of a tools/list result",
    file: "server.json",
    content: JSON.stringify({ jsonrpc: "2.0", id: 1, error: { code: -32601, message: "Method not found" } }),
    expected: ["server.json: the file is a JSON-RPC error response, not a tools/list result"],
  },
  {
    name: "xLAM tools string that is not JSON",
    file: "xlam.json",
    content: JSON.stringify([{ query: "q", answers: "[]", tools: "[]" }, { query: "q", answers: "[]", tools: '[{"name": "a",' }]),
    expected: ["xlam.json, record 1, field tools: the JSON string of tools is not valid JSON", "at character 15"],
  },
  {
    name: "xLAM parameter with an unknown type",
    file: "xlam.json",
    content: JSON.stringify([{ query: "q", answers: "[]", tools: JSON.stringify([{ name: "a", description: "", parameters: { n: { type: "Strng", description: "" } } }]) }]),
    expected: ['xlam.json, record 0, field tools[0].parameters.n.type: "Strng" is not a JSON Schema type'],
  },
  {
    name: "xLAM parameter that is not an object",
    file: "xlam.json",
    content: JSON.stringify([{ query: "q", answers: "[]", tools: JSON.stringify([{ name: "a", parameters: { n: "int" } }]) }]),
    expected: ['xlam.json, record 0, field tools[0].parameters.n: expected an object, got the string "int"'],
  },
];

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the input to be rejected");
}

describe("malformed catalogs are rejected whole with file, record and field named", () => {
  it.each(cases)("$name", ({ file, content, expected, maxBytes }) => {
    const bytes = typeof content === "string" ? encode(content) : content;
    const message = messageOf(() => parseCatalog({ file, bytes }, maxBytes === undefined ? {} : { maxBytes }));
    for (const fragment of expected) expect(message).toContain(fragment);
    // Never JSON.parse's own wording or a stack trace.
    expect(message).not.toMatch(/Unexpected token|JSON\.parse|\n\s+at /);
  });

  it("gives the exact message of the design example", () => {
    expect(messageOf(() => parseCatalog({ file: "tools.jsonl", bytes: encode(openaiAt(3, cityTyped("banana"))) }))).toBe(
      'tools.jsonl, record 3, field function.parameters.properties.city.type: "banana" is not a JSON Schema type',
    );
  });

  it("keeps the location in the error's structured fields", () => {
    try {
      parseCatalog({ file: "tools.jsonl", bytes: encode(openaiAt(3, cityTyped("banana"))) });
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInput);
      if (error instanceof InvalidInput) {
        expect(error.location).toEqual({ file: "tools.jsonl", record: 3, field: "function.parameters.properties.city.type" });
        expect(error.reason).toBe('"banana" is not a JSON Schema type');
      }
    }
    expect.assertions(3);
  });

  it("importCatalogs is all or nothing: one bad file rejects the whole import", () => {
    const good: CatalogInput = { file: "good.jsonl", bytes: encode(jsonl(ok)) };
    const bad: CatalogInput = { file: "bad.jsonl", bytes: encode(openaiAt(1, { name: 5 })) };
    expect(messageOf(() => importCatalogs([good, bad]))).toBe("bad.jsonl, record 1, field function.name: expected a string, got the number 5");
  });

  it("importCatalogs rejects the same name defined differently in one toolkit across files", () => {
    const doc = (description: string): Uint8Array => encode(jsonl({ name: "add", description, parameters: { type: "dict", properties: {} } }));
    const message = messageOf(() => importCatalogs([{ file: "a/math_api.json", bytes: doc("Add.") }, { file: "b/math_api.json", bytes: doc("Sum.") }]));
    expect(message).toContain('b/math_api.json, record 0, field name: function "add" is defined again in toolkit "math_api"');
    expect(message).toContain("first defined at a/math_api.json, record 0");
  });
});
