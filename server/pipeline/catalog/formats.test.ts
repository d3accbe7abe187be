import { describe, expect, it } from "vitest";
import type { FunctionSpec } from "../schemas/function-spec";
import type { ObjectSchema } from "../schemas/json-schema";
import { detectFormat, importCatalogs, parseCatalog, type CatalogInput } from "./index";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const input = (file: string, content: unknown): CatalogInput => ({
  file,
  bytes: encode(typeof content === "string" ? content : JSON.stringify(content)),
});
const jsonl = (...lines: unknown[]): string => `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`;

const empty: ObjectSchema = { type: "object", properties: {}, required: [] };

interface Case {
  name: string;
  input: CatalogInput;
  format: FunctionSpec["source"]["format"];
  functions: FunctionSpec[];
  duplicatesSkipped?: number;
}

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: " Current weather. ",
    parameters: {
      type: "object",
      properties: {
        city: { type: "string", description: "City name" },
        unit: { type: "string", enum: ["c", "f"] },
        days: { type: ["integer", "null"] },
      },
      required: ["city"],
    },
  },
};
const weatherSpec = (file: string, record: number, toolkit: string): FunctionSpec => ({
  id: "get_weather",
  name: "get_weather",
  description: "Current weather.",
  parameters: {
    type: "object",
    properties: {
      city: { type: "string", description: "City name" },
      unit: { type: "string", enum: ["c", "f"] },
      days: { type: ["integer", "null"] },
    },
    required: ["city"],
  },
  toolkit,
  category: "misc",
  source: { format: "openai", file, record },
});

const cases: Case[] = [
  {
    name: "OpenAI tools as a JSON array",
    input: input("tools.json", [weatherTool, { type: "function", function: { name: "ping" } }]),
    format: "openai",
    functions: [
      weatherSpec("tools.json", 0, "tools"),
      { id: "ping", name: "ping", description: "", parameters: empty, toolkit: "tools", category: "misc", source: { format: "openai", file: "tools.json", record: 1 } },
    ],
  },
  {
    name: "OpenAI tools as JSON Lines (record = line)",
    input: input("dir/my-tools.jsonl", `${JSON.stringify(weatherTool)}\n\n${JSON.stringify({ type: "function", function: { name: "ping", parameters: { type: "object", properties: {} } } })}\n`),
    format: "openai",
    functions: [
      weatherSpec("dir/my-tools.jsonl", 0, "my-tools"),
      { id: "ping", name: "ping", description: "", parameters: empty, toolkit: "my-tools", category: "misc", source: { format: "openai", file: "dir/my-tools.jsonl", record: 2 } },
    ],
  },
  {
    name: "OpenAI {tools:[...]} object, identical repeats dropped",
    input: input("req.json", { model: "x", tools: [weatherTool, weatherTool] }),
    format: "openai",
    functions: [weatherSpec("req.json", 0, "req")],
    duplicatesSkipped: 1,
  },
  {
    name: "OpenAI Responses-API flat tools, with a non-standard response schema",
    input: input("flat.json", [{ type: "function", name: "now", description: "Time.", parameters: { type: "object", properties: {} }, response: { type: "dict", properties: { iso: { type: "str" } } } }]),
    format: "openai",
    functions: [
      {
        id: "now",
        name: "now",
        description: "Time.",
        parameters: empty,
        returns: { type: "object", properties: { iso: { type: "string" } } },
        toolkit: "flat",
        category: "misc",
        source: { format: "openai", file: "flat.json", record: 0 },
      },
    ],
  },
  {
    name: "BFCL function doc: dict, float, tuple, any, [Enum] hint, response → returns",
    input: input(
      "vehicle_control.json",
      jsonl(
        {
          name: "setHeadlights",
          description: "Set the headlights.",
          parameters: {
            type: "dict",
            properties: {
              mode: { type: "string", description: 'The mode. [Enum]: ["on", "off"]' },
              level: { type: "float", description: "Brightness.", default: 0.5 },
              position: { type: "tuple", items: { type: "float" } },
              extra: { type: "any" },
              options: { type: "dict", properties: { blink: { type: "boolean" } } },
            },
            required: ["mode"],
          },
          response: { type: "dict", properties: { status: { type: "string" }, lights: { type: "array", items: { type: "dict" } } } },
        },
        { name: "math.factorial", description: "n!", parameters: { type: "dict", properties: { n: { type: "integer" } }, required: ["n"] } },
      ),
    ),
    format: "bfcl-doc",
    functions: [
      {
        id: "setHeadlights",
        name: "setHeadlights",
        description: "Set the headlights.",
        parameters: {
          type: "object",
          properties: {
            mode: { type: "string", description: 'The mode. [Enum]: ["on", "off"]', enum: ["on", "off"] },
            level: { type: "number", description: "Brightness.", default: 0.5 },
            position: { type: "array", items: { type: "number" } },
            extra: {},
            options: { type: "object", properties: { blink: { type: "boolean" } } },
          },
          required: ["mode"],
        },
        returns: { type: "object", properties: { status: { type: "string" }, lights: { type: "array", items: { type: "object" } } } },
        toolkit: "vehicle_control",
        category: "Vehicle",
        source: { format: "bfcl-doc", file: "vehicle_control.json", record: 0 },
      },
      {
        id: "math.factorial",
        name: "math.factorial",
        description: "n!",
        parameters: { type: "object", properties: { n: { type: "integer" } }, required: ["n"] },
        toolkit: "vehicle_control",
        category: "Vehicle",
        source: { format: "bfcl-doc", file: "vehicle_control.json", record: 1 },
      },
    ],
  },
  {
    name: "BFCL test entries: identical functions across entries are one, each entry is a toolkit",
    input: input(
      "BFCL_v3_multiple.json",
      jsonl(
        { id: "multiple_0", question: [[{ role: "user", content: "hi" }]], function: [{ name: "area", description: "Area.", parameters: { type: "dict", properties: { r: { type: "float" } }, required: ["r"] } }] },
        {
          id: "multiple_1",
          question: [[{ role: "user", content: "hi" }]],
          function: [{ name: "area", description: "Area.", parameters: { type: "dict", properties: { r: { type: "float" } }, required: ["r"] } }],
        },
        { id: "multiple_2", question: [], function: [{ name: "area", description: "Area of a square.", parameters: { type: "dict", properties: { side: { type: "integer" } }, required: ["side"] } }] },
      ),
    ),
    format: "bfcl-test",
    duplicatesSkipped: 1,
    functions: [
      {
        id: "multiple_0.area",
        name: "area",
        description: "Area.",
        parameters: { type: "object", properties: { r: { type: "number" } }, required: ["r"] },
        toolkit: "multiple_0",
        category: "misc",
        source: { format: "bfcl-test", file: "BFCL_v3_multiple.json", record: 0 },
      },
      {
        id: "multiple_2.area",
        name: "area",
        description: "Area of a square.",
        parameters: { type: "object", properties: { side: { type: "integer" } }, required: ["side"] },
        toolkit: "multiple_2",
        category: "misc",
        source: { format: "bfcl-test", file: "BFCL_v3_multiple.json", record: 2 },
      },
    ],
  },
  {
    name: "ToolBench query: upper-case types, text defaults, template_response, repeated API dropped",
    input: input("G1_query.json", [
      {
        query: "q",
        query_id: 1,
        api_list: [
          {
            category_name: "Sports",
            tool_name: "Live Scores",
            api_name: "Search",
            api_description: "Find matches.",
            required_parameters: [
              { name: "q", type: "STRING", description: "Text", default: "" },
              { name: "limit", type: "NUMBER", description: "Max results", default: "10" },
            ],
            optional_parameters: [
              { name: "live", type: "BOOLEAN", description: "", default: "true" },
              { name: "kind", type: "ENUM", description: "", default: "" },
              { name: "day", type: "DATE (YYYY-MM-DD)", description: "", default: "2023-01-02" },
              { name: "at", type: "TIME (24-hour HH:MM)", description: "", default: "09:00" },
              { name: "photo", type: "BINARY", description: "", default: "" },
              { name: "ids", type: "ARRAY", description: "", default: '["a"]' },
              { name: "lang", type: "string", description: "Possible values are `en` and `fr`.", default: "en" },
            ],
            method: "GET",
            template_response: { total: "int", ratio: "float", ok: "bool", next: "NoneType", tags: ["list of str with length 2"], items: [{ id: "int", name: "str", _list_length: 3 }], empty: "empty list" },
          },
        ],
        "relevant APIs": [["Live Scores", "Search"]],
      },
      {
        query: "q2",
        query_id: 2,
        api_list: [
          {
            category_name: "Sports",
            tool_name: "Live Scores",
            api_name: "Search",
            api_description: "Find matches.",
            required_parameters: [
              { name: "q", type: "STRING", description: "Text", default: "" },
              { name: "limit", type: "NUMBER", description: "Max results", default: "10" },
            ],
            optional_parameters: [
              { name: "live", type: "BOOLEAN", description: "", default: "true" },
              { name: "kind", type: "ENUM", description: "", default: "" },
              { name: "day", type: "DATE (YYYY-MM-DD)", description: "", default: "2023-01-02" },
              { name: "at", type: "TIME (24-hour HH:MM)", description: "", default: "09:00" },
              { name: "photo", type: "BINARY", description: "", default: "" },
              { name: "ids", type: "ARRAY", description: "", default: '["a"]' },
              { name: "lang", type: "string", description: "Possible values are `en` and `fr`.", default: "en" },
            ],
            method: "GET",
            template_response: { total: "int", ratio: "float", ok: "bool", next: "NoneType", tags: ["list of str with length 2"], items: [{ id: "int", name: "str", _list_length: 3 }], empty: "empty list" },
          },
          { category_name: "Sports", tool_name: "Live Scores", api_name: "Teams", api_description: "", required_parameters: [], optional_parameters: [], method: "GET", template_response: '{"teams": [{"id": "int", "na' },
        ],
      },
    ]),
    format: "toolbench",
    duplicatesSkipped: 1,
    functions: [
      {
        id: "Search",
        name: "Search",
        description: "Find matches.",
        parameters: {
          type: "object",
          properties: {
            q: { type: "string", description: "Text" },
            limit: { type: "number", description: "Max results", default: 10 },
            live: { type: "boolean", default: true },
            kind: { type: "string" },
            day: { type: "string", format: "date", default: "2023-01-02" },
            at: { type: "string", pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", default: "09:00" },
            photo: { type: "string", contentEncoding: "base64" },
            ids: { type: "array", default: ["a"] },
            lang: { type: "string", description: "Possible values are `en` and `fr`.", default: "en", enum: ["en", "fr"] },
          },
          required: ["q", "limit"],
        },
        returns: {
          type: "object",
          properties: {
            total: { type: "integer" },
            ratio: { type: "number" },
            ok: { type: "boolean" },
            next: { type: "null" },
            tags: { type: "array", items: { type: "string" } },
            items: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } } },
            empty: { type: "array" },
          },
        },
        toolkit: "Live Scores",
        category: "Sports",
        source: { format: "toolbench", file: "G1_query.json", record: 0 },
      },
      {
        id: "Teams",
        name: "Teams",
        description: "",
        parameters: empty,
        // The template was cut mid-member: the complete part is kept.
        returns: { type: "object", properties: { teams: { type: "array", items: { type: "object", properties: { id: { type: "integer" } } } } } },
        toolkit: "Live Scores",
        category: "Sports",
        source: { format: "toolbench", file: "G1_query.json", record: 1 },
      },
    ],
  },
  {
    name: "ToolBench demo query: name-only APIs get empty parameters",
    input: input("inference_query_demo.json", [{ query: "q", query_id: 7, api_list: [{ category_name: "Social", tool_name: "Olato Quotes", api_name: "Love Quote" }] }]),
    format: "toolbench",
    functions: [
      { id: "Love Quote", name: "Love Quote", description: "", parameters: empty, toolkit: "Olato Quotes", category: "Social", source: { format: "toolbench", file: "inference_query_demo.json", record: 0 } },
    ],
  },
  {
    name: "MCP tools/list result with serverInfo and outputSchema",
    input: input("weather-mcp.json", {
      serverInfo: { name: "weather" },
      tools: [
        {
          name: "forecast",
          description: "Forecast.",
          inputSchema: { type: "object", properties: { lat: { type: "number" }, when: { type: "string", format: "date-time" } }, required: ["lat"], additionalProperties: false },
          outputSchema: { type: "object", properties: { temp: { type: "number" } } },
        },
      ],
    }),
    format: "mcp",
    functions: [
      {
        id: "forecast",
        name: "forecast",
        description: "Forecast.",
        parameters: { type: "object", properties: { lat: { type: "number" }, when: { type: "string", format: "date-time" } }, required: ["lat"], additionalProperties: false },
        returns: { type: "object", properties: { temp: { type: "number" } } },
        toolkit: "weather",
        category: "misc",
        source: { format: "mcp", file: "weather-mcp.json", record: 0 },
      },
    ],
  },
  {
    name: "MCP JSON-RPC envelope without a server name: the file names the toolkit",
    input: input("fs.json", { jsonrpc: "2.0", id: 1, result: { tools: [{ name: "read_file", inputSchema: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } }] } }),
    format: "mcp",
    functions: [
      {
        id: "read_file",
        name: "read_file",
        description: "",
        parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
        toolkit: "fs",
        category: "misc",
        source: { format: "mcp", file: "fs.json", record: 0 },
      },
    ],
  },
  {
    name: "xLAM rows: tools as a JSON string with a flat parameter map",
    input: input(
      "xlam.jsonl",
      jsonl(
        {
          id: 4,
          query: "Sum 1 and 2",
          answers: '[{"name": "sum_list", "arguments": {"nums": [1, 2]}}]',
          tools: JSON.stringify([
            {
              name: "sum_list",
              description: "Sums numbers.",
              parameters: {
                nums: { description: "Numbers.", type: "List[int]" },
                scale: { description: "Scale.", type: "float, optional", default: 1.5 },
                label: { description: "Label.", type: "str", default: "" },
                mode: { description: "Mode.", type: "str", default: "fast" },
                meta: { description: "Meta.", type: "Dict[str, Any]" },
                flag: { description: "Flag.", type: "bool, optional" },
                limit: { description: "Limit.", type: "int", default: "5" },
              },
            },
          ]),
        },
        { id: 5, query: "again", answers: "[]", tools: JSON.stringify([{ name: "sum_list", description: "Sums numbers.", parameters: { nums: { description: "Numbers.", type: "List[int]" }, scale: { description: "Scale.", type: "float, optional", default: 1.5 }, label: { description: "Label.", type: "str", default: "" }, mode: { description: "Mode.", type: "str", default: "fast" }, meta: { description: "Meta.", type: "Dict[str, Any]" }, flag: { description: "Flag.", type: "bool, optional" }, limit: { description: "Limit.", type: "int", default: "5" } } }]) },
      ),
    ),
    format: "xlam",
    duplicatesSkipped: 1,
    functions: [
      {
        id: "sum_list",
        name: "sum_list",
        description: "Sums numbers.",
        parameters: {
          type: "object",
          properties: {
            nums: { type: "array", items: { type: "integer" }, description: "Numbers." },
            scale: { type: "number", description: "Scale.", default: 1.5 },
            label: { type: "string", description: "Label." },
            mode: { type: "string", description: "Mode.", default: "fast" },
            meta: { type: "object", description: "Meta." },
            flag: { type: "boolean", description: "Flag." },
            limit: { type: "integer", description: "Limit.", default: 5 },
          },
          required: ["nums", "label", "meta"],
        },
        toolkit: "xlam_4",
        category: "misc",
        source: { format: "xlam", file: "xlam.jsonl", record: 0 },
      },
    ],
  },
];

describe("parseCatalog: one small file per format", () => {
  it.each(cases)("$name", ({ input: file, format, functions, duplicatesSkipped }) => {
    const parsed = parseCatalog(file);
    expect(parsed.format).toBe(format);
    expect(parsed.functions).toEqual(functions);
    expect(parsed.duplicatesSkipped).toBe(duplicatesSkipped ?? 0);
  });
});

describe("text details", () => {
  it("accepts a UTF-8 byte-order mark and CRLF line ends", () => {
    const text = `\uFEFF${JSON.stringify(weatherTool)}\r\n${JSON.stringify({ type: "function", function: { name: "ping" } })}\r\n`;
    const parsed = parseCatalog(input("win.jsonl", text));
    expect(parsed.functions.map((fn) => [fn.name, fn.source.record])).toEqual([
      ["get_weather", 0],
      ["ping", 1],
    ]);
  });
});

describe("detectFormat", () => {
  it.each([
    ["openai", [{ type: "function", function: { name: "a" } }]],
    ["bfcl-doc", [{ name: "a", description: "", parameters: { type: "dict", properties: {} } }]],
    ["bfcl-test", [{ id: "simple_0", question: [], function: [] }]],
    ["toolbench", [{ query: "q", api_list: [] }]],
    ["mcp", [{ tools: [{ name: "a", inputSchema: { type: "object" } }] }]],
    ["xlam", [{ query: "q", answers: "[]", tools: "[]" }]],
  ] as const)("%s", (format, records) => {
    expect(detectFormat("f.json", [...records])).toBe(format);
  });

  it("names the file and the formats it tried when nothing fits", () => {
    expect(() => detectFormat("odd.json", [{ hello: 1 }])).toThrow(
      /^odd\.json, record 0: unknown catalog format \(tried openai, bfcl-doc, bfcl-test, toolbench, mcp, xlam\); the record has the fields: hello$/,
    );
  });
});

describe("options.format", () => {
  it("reads records as the forced format", () => {
    const doc = input("plain.jsonl", jsonl({ name: "a", parameters: { type: "object", properties: {} }, inputSchema: { type: "object", properties: { x: { type: "integer" } } } }));
    expect(parseCatalog(doc).format).toBe("mcp");
    const forced = parseCatalog(doc, { format: "bfcl-doc" });
    expect(forced.format).toBe("bfcl-doc");
    expect(forced.functions[0]?.parameters).toEqual(empty);
  });
});

describe("ids", () => {
  const doc = (file: string, names: string[]): CatalogInput =>
    input(file, jsonl(...names.map((name) => ({ name, description: "", parameters: { type: "dict", properties: {} } }))));

  it("qualify a name used in several toolkits, whatever the file order", () => {
    const a = doc("math_api.json", ["add", "sqrt"]);
    const b = doc("message_api.json", ["add", "send"]);
    const ids = (inputs: CatalogInput[]): string[] => importCatalogs(inputs).functions.map((fn) => fn.id).sort();
    expect(ids([a, b])).toEqual(["math_api.add", "message_api.add", "send", "sqrt"]);
    expect(ids([b, a])).toEqual(ids([a, b]));
  });

  it("add the category when toolkit.name still collides, and avoid existing ids", () => {
    const tool = (category: string): object => ({ category_name: category, tool_name: "Demo", api_name: "Get", api_description: category });
    const result = importCatalogs([input("q.json", [{ api_list: [tool("Media"), tool("Sports")] }])], { existingIds: new Set(["Get"]) });
    expect(result.functions.map((fn) => fn.id)).toEqual(["Media.Demo.Get", "Sports.Demo.Get"]);
    const taken = importCatalogs([doc("math_api.json", ["add"])], { existingIds: new Set(["add", "math_api.add"]) });
    expect(taken.functions.map((fn) => fn.id)).toEqual(["Mathematics.math_api.add"]);
  });

  it("list per file only the functions it introduced; duplicates across files are counted where they occur", () => {
    const a = doc("math_api.json", ["add"]);
    const again = doc("math_api.json", ["add", "sub"]);
    const result = importCatalogs([a, again]);
    expect(result.functions.map((fn) => fn.id)).toEqual(["add", "sub"]);
    expect(result.files.map((file) => [file.functions.map((fn) => fn.id), file.duplicatesSkipped])).toEqual([
      [["add"], 0],
      [["sub"], 1],
    ]);
  });
});
