import type { JsonSchema } from "../schemas/json-schema";
import { parsePartialJson } from "./json-scan";
import { isRecord } from "./location";
import { mapTypeName } from "./normalize-type";

/** ToolBench's example responses name their types: "str", "int", "NoneType", "list of str with length 3". */
const LIST_OF = /^list of (\w+) with length \d+$/;
const MAX_DEPTH = 64;
/** Not a field of the response: ToolBench records how many items the example list had. */
const LIST_LENGTH = "_list_length";

function leafString(text: string): JsonSchema {
  if (text === "empty list") return { type: "array" };
  const list = LIST_OF.exec(text);
  if (list?.[1] !== undefined) return { type: "array", items: leafString(list[1]) };
  const mapped = mapTypeName(text);
  // A literal example value rather than a type name: all we know is that it is text.
  return mapped === undefined || Object.keys(mapped.schema).length === 0 ? { type: "string" } : mapped.schema;
}

function convert(value: unknown, depth: number): JsonSchema {
  if (depth > MAX_DEPTH) return {};
  if (typeof value === "string") return leafString(value);
  if (typeof value === "number") return { type: Number.isInteger(value) ? "integer" : "number" };
  if (typeof value === "boolean") return { type: "boolean" };
  if (value === null) return { type: "null" };
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (first === undefined) return { type: "array" };
    // ["list of str with length 1"] describes the list itself, not a list of lists.
    if (value.length === 1 && typeof first === "string" && LIST_OF.test(first)) return leafString(first);
    return { type: "array", items: convert(first, depth + 1) };
  }
  if (isRecord(value)) {
    const properties: Record<string, JsonSchema> = {};
    for (const [key, member] of Object.entries(value)) {
      // An example response's `__proto__` key would replace the prototype instead of adding a field.
      if (key !== LIST_LENGTH && key !== "__proto__") properties[key] = convert(member, depth + 1);
    }
    return Object.keys(properties).length === 0 ? { type: "object" } : { type: "object", properties };
  }
  return {};
}

/**
 * The `returns` schema implied by a ToolBench template_response (an example with type names). Long
 * templates are stored as JSON text cut at 1000 characters: the complete part is used.
 */
export function returnsFromTemplate(template: unknown): JsonSchema | undefined {
  if (template === undefined || template === null) return undefined;
  if (typeof template !== "string") return convert(template, 0);
  const trimmed = template.trim();
  if (trimmed === "") return undefined;
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return leafString(trimmed);
  const parsed = parsePartialJson(trimmed);
  return parsed === undefined ? { type: "string" } : convert(parsed, 0);
}
