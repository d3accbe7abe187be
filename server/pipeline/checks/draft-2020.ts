import type { JsonSchema } from "../schemas/json-schema";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Draft-04 spells exclusive bounds as booleans beside minimum / maximum; 2020-12 as the bound itself. */
function exclusiveBound(schema: Record<string, unknown>, flag: "exclusiveMinimum" | "exclusiveMaximum", bound: "minimum" | "maximum"): void {
  if (typeof schema[flag] !== "boolean") return;
  if (schema[flag] === true && typeof schema[bound] === "number") {
    schema[flag] = schema[bound];
    delete schema[bound];
  } else delete schema[flag];
}

/** Keywords whose value maps names to schemas: their keys are names, never keywords. */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);

function convertMap(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([name, member]) => [name, convert(member)]));
}

function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (key === "$schema") continue;
    copy[key] = NAME_MAPS.has(key) && isRecord(member) ? convertMap(member) : key === "enum" || key === "const" || key === "default" || key === "examples" ? member : convert(member);
  }
  exclusiveBound(copy, "exclusiveMinimum", "minimum");
  exclusiveBound(copy, "exclusiveMaximum", "maximum");
  return copy;
}

/**
 * A catalog schema as draft 2020-12 sees it. MCP servers declare draft-07 (`$schema`), older catalogs
 * draft-04: their keywords mean the same here except the ones converted, and a `$schema` naming another
 * draft would stop ajv. The root `$id` goes too, since two functions may reuse one.
 */
export function toDraft2020(schema: JsonSchema): JsonSchema {
  const converted = convert(schema) as JsonSchema;
  delete converted.$id;
  return converted;
}
