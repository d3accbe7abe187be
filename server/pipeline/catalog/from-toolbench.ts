import { z } from "zod";
import type { JsonSchema, ObjectSchema } from "../schemas/json-schema";
import { makeDraft } from "./draft";
import { joinPath, reject, rejectProtoName, type RecordAt } from "./location";
import { normalizeSchema } from "./normalize-schema";
import { parseShape } from "./parse-shape";
import { returnsFromTemplate } from "./template-response";
import type { FormatContext, FunctionDraft, SourceRecord } from "./types";

const toolbenchParameter = z
  .object({
    name: z.string().min(1),
    type: z.string(),
    description: z.string().nullish(),
    default: z.unknown().optional(),
  })
  .loose();
type ToolbenchParameter = z.infer<typeof toolbenchParameter>;

const toolbenchApi = z
  .object({
    category_name: z.string().min(1),
    tool_name: z.string().min(1),
    api_name: z.string().min(1),
    api_description: z.string().nullish(),
    required_parameters: z.array(toolbenchParameter).nullish(),
    optional_parameters: z.array(toolbenchParameter).nullish(),
    method: z.string().nullish(),
    template_response: z.unknown().optional(),
  })
  .loose();
type ToolbenchApi = z.infer<typeof toolbenchApi>;

const toolbenchQuery = z.object({ api_list: z.array(z.unknown()) }).loose();

function parameterSchema(parameter: ToolbenchParameter, at: RecordAt, field: string): JsonSchema {
  const description = parameter.description?.trim() ?? "";
  const raw = {
    type: parameter.type,
    ...(description === "" ? {} : { description }),
    ...(parameter.default === undefined ? {} : { default: parameter.default }),
  };
  return normalizeSchema(raw, at, field, { coerceDefaults: true });
}

/**
 * required_parameters / optional_parameters as one object schema. A few real APIs list a parameter
 * twice (`id` as "string" and as "STRING"): the first listing wins when both read as the same type.
 */
function parametersOf(api: ToolbenchApi, at: RecordAt, prefix: string): ObjectSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const lists = [
    ["required_parameters", api.required_parameters ?? []],
    ["optional_parameters", api.optional_parameters ?? []],
  ] as const;
  for (const [listName, list] of lists) {
    list.forEach((parameter, position) => {
      const field = joinPath(prefix, listName, position);
      rejectProtoName(at, joinPath(field, "name"), parameter.name, "a parameter name");
      const schema = parameterSchema(parameter, at, field);
      // Own members only: a parameter named "constructor" is not listed twice.
      const earlier = Object.hasOwn(properties, parameter.name) ? properties[parameter.name] : undefined;
      if (earlier !== undefined && JSON.stringify(earlier.type) !== JSON.stringify(schema.type)) {
        reject(at, joinPath(field, "name"), `parameter ${JSON.stringify(parameter.name)} is listed twice with different types`);
      }
      if (earlier === undefined) properties[parameter.name] = schema;
      if (listName === "required_parameters" && !required.includes(parameter.name)) required.push(parameter.name);
    });
  }
  return { type: "object", properties, required };
}

function apiDraft(value: unknown, at: RecordAt, prefix: string): FunctionDraft {
  const api = parseShape(toolbenchApi, value, at, prefix);
  const returns = returnsFromTemplate(api.template_response);
  return makeDraft({
    format: "toolbench",
    at,
    name: api.api_name,
    nameField: joinPath(prefix, "api_name"),
    description: api.api_description,
    parameters: parametersOf(api, at, prefix),
    returns,
    toolkit: api.tool_name,
    category: api.category_name,
    original: value,
    // ToolBench demo queries name APIs without defining them.
    stub: api.api_description == null && api.required_parameters == null && api.optional_parameters == null && returns === undefined,
  });
}

/** ToolBench / StableToolBench queries `{query, api_list:[...]}`, or bare api_list entries. */
export function fromToolbench(records: SourceRecord[], context: FormatContext): FunctionDraft[] {
  return records.flatMap(({ index, value }) => {
    const at: RecordAt = { file: context.file, record: index };
    if (typeof value === "object" && value !== null && "api_list" in value) {
      const query = parseShape(toolbenchQuery, value, at);
      return query.api_list.map((api, position) => apiDraft(api, at, joinPath("api_list", position)));
    }
    return [apiDraft(value, at, "")];
  });
}
