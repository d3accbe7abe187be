import { readFileSync } from "node:fs";
import { sharedData } from "../shared-data";

/**
 * Valid catalogs the fault suite mutates: real files from ../shared/data (BFCL docs and test entries,
 * ToolBench and StableToolBench queries) and our other formats (OpenAI tools, MCP tools/list, xLAM rows)
 * built from real BFCL functions, so every importer path starts from data it accepts.
 */

/** How a seed's records are laid out in its file; the record index in messages is the position in each. */
export type SeedLayout = "lines" | "array" | "envelope" | "jsonrpc";

export interface CatalogSeed {
  file: string;
  layout: SeedLayout;
  records: unknown[];
  /** Where each record keeps its first function's name: a duplicate is reported there. */
  nameField: string;
  /** Set for xLAM: the record member holding the tools as a JSON string. */
  jsonStringField?: string;
}

const jsonLines = (...parts: string[]): unknown[] =>
  readFileSync(sharedData(...parts), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);

const jsonArray = (...parts: string[]): unknown[] => JSON.parse(readFileSync(sharedData(...parts), "utf8")) as unknown[];

interface BfclDoc {
  name: string;
  description: string;
  parameters: { properties: Record<string, { type: string; description?: string }>; required?: string[] };
}

const bfclDocs = (name: string): BfclDoc[] => jsonLines("bfcl_v3", "multi_turn_func_doc", `${name}.json`) as BfclDoc[];

/** BFCL's Python-ish type names as JSON Schema, so the OpenAI and MCP seeds read like those sources. */
const jsonType = (type: string): string => ({ dict: "object", float: "number", tuple: "array", any: "string" })[type] ?? type;

function objectSchema(doc: BfclDoc): unknown {
  const properties = Object.fromEntries(
    Object.entries(doc.parameters.properties).map(([key, schema]) => [key, { ...schema, type: jsonType(schema.type) }]),
  );
  return { type: "object", properties, required: doc.parameters.required ?? [] };
}

/** xLAM's flat parameter map: `{name: {type: "str, optional", description, default?}}`. */
function xlamTool(doc: BfclDoc): unknown {
  const required = new Set(doc.parameters.required ?? []);
  const python = (type: string): string => ({ string: "str", integer: "int", float: "float", boolean: "bool", array: "list", dict: "dict" })[type] ?? "str";
  const parameters = Object.fromEntries(
    Object.entries(doc.parameters.properties).map(([key, schema]) => [
      key,
      { type: required.has(key) ? python(schema.type) : `${python(schema.type)}, optional`, description: schema.description ?? "" },
    ]),
  );
  return { name: doc.name, description: doc.description, parameters };
}

export function catalogSeeds(): CatalogSeed[] {
  const math = bfclDocs("math_api");
  const message = bfclDocs("message_api");
  const ticket = bfclDocs("ticket_api");
  const posting = bfclDocs("posting_api");
  const trading = bfclDocs("trading_bot");
  return [
    { file: "gorilla_file_system.json", layout: "lines", records: jsonLines("bfcl_v3", "multi_turn_func_doc", "gorilla_file_system.json"), nameField: "name" },
    { file: "BFCL_v3_multiple.json", layout: "lines", records: jsonLines("bfcl_v3", "BFCL_v3_multiple.json").slice(0, 12), nameField: "function[0].name" },
    { file: "G1_query.json", layout: "array", records: jsonArray("toolbench", "instruction", "G1_query.json"), nameField: "api_list[0].api_name" },
    { file: "G1_category.json", layout: "array", records: jsonArray("stabletoolbench", "G1_category.json").slice(0, 4), nameField: "api_list[0].api_name" },
    {
      file: "openai_tools.json",
      layout: "array",
      records: math.map((doc) => ({ type: "function", function: { name: doc.name, description: doc.description, parameters: objectSchema(doc) } })),
      nameField: "function.name",
    },
    {
      file: "tools.jsonl",
      layout: "lines",
      records: message.map((doc) => ({ type: "function", function: { name: doc.name, description: doc.description, parameters: objectSchema(doc) } })),
      nameField: "function.name",
    },
    { file: "mcp_tickets.json", layout: "jsonrpc", records: ticket.map((doc) => ({ name: doc.name, description: doc.description, inputSchema: objectSchema(doc) })), nameField: "name" },
    { file: "mcp_posting.json", layout: "envelope", records: posting.map((doc) => ({ name: doc.name, title: doc.name, description: doc.description, inputSchema: objectSchema(doc) })), nameField: "name" },
    {
      file: "xlam_rows.json",
      layout: "array",
      records: Array.from({ length: Math.ceil(trading.length / 3) }, (_, row) => ({
        id: row,
        query: `Question ${row} about the trading bot`,
        answers: "[]",
        tools: JSON.stringify(trading.slice(row * 3, row * 3 + 3).map(xlamTool)),
      })),
      nameField: "tools[0].name",
      jsonStringField: "tools",
    },
  ];
}

/** The seed's file text, laid out as its source would write it. */
export function serializeSeed(seed: Pick<CatalogSeed, "layout">, records: unknown[], stringify: (value: unknown, indent?: number) => string): string {
  switch (seed.layout) {
    case "lines":
      return `${records.map((record) => stringify(record)).join("\n")}\n`;
    case "array":
      return stringify(records, 2);
    case "envelope":
      return stringify({ serverInfo: { name: "posting" }, tools: records }, 1);
    case "jsonrpc":
      return stringify({ jsonrpc: "2.0", id: 1, result: { tools: records } });
  }
}
