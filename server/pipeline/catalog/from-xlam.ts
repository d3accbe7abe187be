import { z } from "zod";
import { MISC_CATEGORY } from "../schemas/function-spec";
import type { JsonSchema, ObjectSchema } from "../schemas/json-schema";
import { canonicalJson } from "./canonical-json";
import { makeDraft } from "./draft";
import { checkRecordValues } from "./check-values";
import { findJsonProblem } from "./json-scan";
import { isRecord, joinPath, reject, rejectProtoName, type RecordAt } from "./location";
import { normalizeParameters, normalizeSchema } from "./normalize-schema";
import { mapTypeName } from "./normalize-type";
import { parseShape } from "./parse-shape";
import type { FormatContext, FunctionDraft, SourceRecord } from "./types";

const xlamRow = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    tools: z.union([z.string(), z.array(z.unknown())]),
  })
  .loose();

const xlamTool = z
  .object({
    name: z.string().min(1),
    description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
  })
  .loose();

const xlamParameter = z
  .object({
    type: z.string(),
    description: z.string().nullish(),
    default: z.unknown().optional(),
  })
  .loose();

function toolList(tools: string | unknown[], at: RecordAt): unknown[] {
  if (typeof tools !== "string") return tools;
  let parsed: unknown;
  try {
    parsed = JSON.parse(tools);
  } catch {
    const problem = findJsonProblem(tools);
    const where = problem === undefined ? "" : `: ${problem.reason} at character ${problem.offset + 1}`;
    return reject(at, "tools", `the JSON string of tools is not valid JSON${where}`);
  }
  // The string holds a document of its own: it is checked as the records were.
  checkRecordValues(at, parsed, "tools");
  return parseShape(z.array(z.unknown()), parsed, at, "tools");
}

/** True for `{type:"object", properties:{...}}`: some rows already carry a JSON Schema. */
function isJsonSchema(parameters: Record<string, unknown>): boolean {
  return parameters.type === "object" && isRecord(parameters.properties);
}

/** xLAM's flat map `{param: {type: "str, optional", description, default}}`; required = not optional, no default. */
function flatParameters(parameters: Record<string, unknown>, at: RecordAt, field: string): ObjectSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, value] of Object.entries(parameters)) {
    const path = joinPath(field, name);
    rejectProtoName(at, path, name, "a parameter name");
    const parameter = parseShape(xlamParameter, value, at, path);
    const { description, ...rest } = parameter;
    const text = description?.trim() ?? "";
    const schema = normalizeSchema(text === "" ? rest : { ...rest, description: text }, at, path, { coerceDefaults: true });
    properties[name] = schema;
    const optional = mapTypeName(parameter.type)?.optional ?? false;
    if (!optional && schema.default === undefined) required.push(name);
  }
  return { type: "object", properties, required };
}

/**
 * xLAM rows `{query, answers, tools: "<JSON string>"}`. Rows repeat the same tools: identical ones are one
 * function, kept in the toolkit of the first row that offers it (`<file>_<row id>`), as for BFCL tests.
 */
export function fromXlam(records: SourceRecord[], context: FormatContext): FunctionDraft[] {
  return records.flatMap(({ index, value }) => {
    const at: RecordAt = { file: context.file, record: index };
    const row = parseShape(xlamRow, value, at);
    const toolkit = `${context.baseName}_${row.id ?? index}`;
    return toolList(row.tools, at).map((item, position) => {
      const prefix = joinPath("tools", position);
      // zod's record would drop a `__proto__` parameter without a word: refused before parsing.
      if (isRecord(item) && isRecord(item.parameters)) {
        for (const name of Object.keys(item.parameters)) rejectProtoName(at, joinPath(prefix, "parameters", name), name, "a parameter name");
      }
      const tool = parseShape(xlamTool, item, at, prefix);
      const parametersField = joinPath(prefix, "parameters");
      const raw = tool.parameters ?? {};
      const parameters = isJsonSchema(raw)
        ? normalizeParameters(raw, at, parametersField, { coerceDefaults: true })
        : flatParameters(raw, at, parametersField);
      const draft = makeDraft({
        format: "xlam",
        at,
        name: tool.name,
        nameField: joinPath(prefix, "name"),
        description: tool.description,
        parameters,
        returns: undefined,
        toolkit,
        category: MISC_CATEGORY,
        original: item,
      });
      return { ...draft, dedupeKey: canonicalJson(["xlam", draft.name, draft.description, draft.parameters]) };
    });
  });
}
