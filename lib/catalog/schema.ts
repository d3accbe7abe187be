/** Pure helpers that turn a function's JSON Schemas into rows and text for the detail view. */
import type { JsonSchema } from "@/server/pipeline/schemas/json-schema";

export interface ParameterRow {
  /** Dotted path from the top-level parameter: `filters.date`, `items[].id`. */
  name: string;
  /** 0 for top-level parameters, 1 for their properties, … */
  depth: number;
  type: string;
  required: boolean;
  description: string;
  /** Allowed values as JSON, comma separated; "" when the schema has no enum. */
  enumValues: string;
  /** The default as JSON; "" when none is declared. */
  defaultValue: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function asSchema(value: unknown): JsonSchema | undefined {
  return isRecord(value) ? (value as JsonSchema) : undefined;
}

function schemaList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.map(asSchema).filter((s): s is JsonSchema => s !== undefined) : [];
}

/** A readable type: `string`, `string (date-time)`, `array<integer>`, `string | null`, `object`, `any`. */
export function typeLabel(schema: JsonSchema | undefined, depth = 0): string {
  if (!schema) return "any";
  if (depth > 4) return "…";
  const alternatives = [...schemaList(schema.anyOf), ...schemaList(schema.oneOf)];
  const types = Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : [];
  if (types.length === 0) {
    if (alternatives.length > 0) return [...new Set(alternatives.map((alt) => typeLabel(alt, depth + 1)))].join(" | ");
    if (typeof schema.$ref === "string") return schema.$ref.split("/").pop() || schema.$ref;
    if (Array.isArray(schema.enum)) return "enum";
    if (isRecord(schema.properties)) return "object";
    return "any";
  }
  return types
    .map((type) => {
      if (type === "array") {
        const items = asSchema(schema.items);
        return items ? `array<${typeLabel(items, depth + 1)}>` : "array";
      }
      if (typeof schema.format === "string" && schema.format !== "") return `${type} (${schema.format})`;
      return type;
    })
    .join(" | ");
}

const json = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text;
};

export function enumText(values: unknown): string {
  return Array.isArray(values) ? values.map(json).join(", ") : "";
}

/**
 * The parameters of an object schema as table rows, nested objects (and arrays of objects)
 * flattened under dotted names. `maxDepth` bounds recursion on deep or self-similar schemas.
 */
export function parameterRows(schema: JsonSchema | undefined, maxDepth = 3): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const visit = (object: JsonSchema, prefix: string, depth: number): void => {
    const properties = isRecord(object.properties) ? object.properties : {};
    const required = new Set(Array.isArray(object.required) ? object.required.filter((r): r is string => typeof r === "string") : []);
    for (const [key, value] of Object.entries(properties)) {
      const property = asSchema(value) ?? {};
      const name = `${prefix}${key}`;
      rows.push({
        name,
        depth,
        type: typeLabel(property),
        required: required.has(key),
        description: typeof property.description === "string" ? property.description : "",
        enumValues: enumText(property.enum),
        defaultValue: "default" in property && property.default !== undefined ? json(property.default) : "",
      });
      if (depth + 1 > maxDepth) continue;
      if (isRecord(property.properties)) visit(property, `${name}.`, depth + 1);
      else {
        const items = asSchema(property.items);
        if (items && isRecord(items.properties)) visit(items, `${name}[].`, depth + 1);
      }
    }
  };
  if (schema) visit(schema, "", 0);
  return rows;
}

/** Top-level parameter count and how many of them are required. */
export function parameterCounts(schema: JsonSchema | undefined): { total: number; required: number } {
  const properties = schema && isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  const names = new Set(properties);
  const required = new Set(Array.isArray(schema?.required) ? schema.required.filter((r) => names.has(r)) : []);
  return { total: properties.length, required: required.size };
}

/** "3 (2 required)", "0", "1 (1 required)". */
export function parameterCountText(schema: JsonSchema | undefined): string {
  const { total, required } = parameterCounts(schema);
  return required > 0 ? `${total} (${required} required)` : String(total);
}

/** Pretty JSON for `<pre>` blocks; undefined becomes the literal text "undefined" rather than nothing. */
export function prettyJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return text === undefined ? String(value) : text;
}
