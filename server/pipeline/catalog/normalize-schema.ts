import type { JsonSchema, ObjectSchema } from "../schemas/json-schema";
import { coerceDefault } from "./coerce-default";
import { enumFromDescription } from "./enum-hints";
import { describeValue, isRecord, joinPath, reject, rejectProtoName, type RecordAt } from "./location";
import { mapTypeName } from "./normalize-type";

export interface NormalizeOptions {
  /** Read text defaults as the parameter's type and drop empty ones (ToolBench, xLAM). */
  coerceDefaults?: boolean;
}

const MAX_DEPTH = 100;
const SCHEMA_KEYWORDS = new Set(["additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "additionalItems", "unevaluatedProperties", "unevaluatedItems"]);
const SCHEMA_LISTS = new Set(["prefixItems", "anyOf", "oneOf", "allOf"]);
const SCHEMA_MAPS = new Set(["properties", "$defs", "definitions", "patternProperties", "dependentSchemas"]);
const STRING_KEYWORDS = new Set(["description", "title", "format", "pattern", "$ref", "$schema", "$id"]);
/** With these, `required` may name properties defined elsewhere. */
const COMPOSITION = ["allOf", "anyOf", "oneOf", "$ref", "patternProperties", "additionalProperties", "if"];

interface Walk {
  at: RecordAt;
  options: NormalizeOptions;
}

function normalizeType(value: unknown, walk: Walk, field: string): JsonSchema {
  const names = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
  if (names === undefined || names.length === 0) {
    reject(walk.at, field, `expected a type name or a list of type names, got ${describeValue(value)}`);
  }
  const mapped = names.map((name, index) => {
    const path = Array.isArray(value) ? joinPath(field, index) : field;
    if (typeof name !== "string") reject(walk.at, path, `expected a type name, got ${describeValue(name)}`);
    const mapping = mapTypeName(name);
    if (mapping === undefined) reject(walk.at, path, `${JSON.stringify(name)} is not a JSON Schema type`);
    return mapping.schema;
  });
  const only = mapped[0];
  if (mapped.length === 1 && only !== undefined) return only;
  // ["string", "any"] accepts anything; otherwise the plain type names, extra keywords of one are lost.
  if (mapped.some((schema) => schema.type === undefined)) return {};
  const types = [...new Set(mapped.flatMap((schema) => (typeof schema.type === "string" ? [schema.type] : (schema.type ?? []))))];
  return { type: types };
}

function schemaList(value: unknown, walk: Walk, field: string, depth: number): JsonSchema[] {
  if (!Array.isArray(value)) reject(walk.at, field, `expected a list of schemas, got ${describeValue(value)}`);
  return value.map((item, index) => schemaOf(item, walk, joinPath(field, index), depth + 1));
}

function schemaMap(value: unknown, walk: Walk, field: string, depth: number): Record<string, JsonSchema> {
  if (!isRecord(value)) {
    reject(walk.at, field, `expected an object mapping names to schemas, got ${describeValue(value)}`);
  }
  const result: Record<string, JsonSchema> = {};
  for (const [name, member] of Object.entries(value)) {
    rejectProtoName(walk.at, joinPath(field, name), name, "a property name");
    result[name] = schemaOf(member, walk, joinPath(field, name), depth + 1);
  }
  return result;
}

function requiredList(value: unknown, walk: Walk, field: string): string[] {
  if (!Array.isArray(value)) reject(walk.at, field, `expected a list of property names, got ${describeValue(value)}`);
  const names: string[] = [];
  value.forEach((name, index) => {
    if (typeof name !== "string") reject(walk.at, joinPath(field, index), `expected a property name, got ${describeValue(name)}`);
    if (!names.includes(name)) names.push(name);
  });
  return names;
}

function checkRequired(schema: JsonSchema, raw: Record<string, unknown>, walk: Walk, field: string): void {
  if (schema.required === undefined || COMPOSITION.some((keyword) => keyword in raw)) return;
  for (const name of schema.required) {
    // Own members only: `required: ["toString"]` must not be satisfied by Object.prototype.
    if (schema.properties === undefined || !Object.hasOwn(schema.properties, name)) {
      reject(walk.at, joinPath(field, "required"), `${JSON.stringify(name)} is required but not defined in properties`);
    }
  }
}

function keyword(key: string, value: unknown, walk: Walk, field: string, depth: number): unknown {
  const path = joinPath(field, key);
  if (key === "type") return undefined;
  if (key === "required") return requiredList(value, walk, path);
  if (key === "items") return Array.isArray(value) ? undefined : schemaOf(value, walk, path, depth + 1);
  if (key === "enum" && !Array.isArray(value)) reject(walk.at, path, `expected a list of values, got ${describeValue(value)}`);
  if (SCHEMA_MAPS.has(key)) return schemaMap(value, walk, path, depth);
  if (SCHEMA_LISTS.has(key)) return schemaList(value, walk, path, depth);
  if (SCHEMA_KEYWORDS.has(key)) return typeof value === "boolean" ? value : schemaOf(value, walk, path, depth + 1);
  if (STRING_KEYWORDS.has(key) && typeof value !== "string") {
    reject(walk.at, path, `expected a string, got ${describeValue(value)}`);
  }
  return value;
}

function schemaOf(raw: unknown, walk: Walk, field: string, depth: number): JsonSchema {
  if (depth > MAX_DEPTH) reject(walk.at, field, `schemas are nested deeper than ${MAX_DEPTH} levels`);
  // `true` is the JSON Schema that accepts anything.
  if (raw === true) return {};
  if (!isRecord(raw)) reject(walk.at, field, `expected a JSON Schema object, got ${describeValue(raw)}`);
  const schema: JsonSchema = raw.type === undefined ? {} : normalizeType(raw.type, walk, joinPath(field, "type"));
  for (const [key, value] of Object.entries(raw)) {
    rejectProtoName(walk.at, joinPath(field, key), key, "a schema keyword");
    const normalized = keyword(key, value, walk, field, depth);
    if (normalized !== undefined) schema[key] = normalized;
  }
  // Draft-4 tuples (`items: [a, b]`) are `prefixItems` today.
  if (Array.isArray(raw.items)) schema.prefixItems = schemaList(raw.items, walk, joinPath(field, "items"), depth);
  checkRequired(schema, raw, walk, field);
  if (walk.options.coerceDefaults === true && "default" in raw) {
    const value = coerceDefault(raw.default, schema);
    if (value === undefined) delete schema.default;
    else schema.default = value;
  }
  const isString = schema.type === "string" || (Array.isArray(schema.type) && schema.type.includes("string"));
  if (isString && schema.enum === undefined && typeof schema.description === "string") {
    const values = enumFromDescription(schema.description, schema.default);
    if (values !== undefined) schema.enum = values;
  }
  return schema;
}

/** Normalizes any JSON Schema found in a catalog (types, nested schemas); `field` is its path in the record. */
export function normalizeSchema(raw: unknown, at: RecordAt, field: string, options: NormalizeOptions = {}): JsonSchema {
  return schemaOf(raw, { at, options }, field, 0);
}

/** A function's parameters: always `{type: "object", properties, required}`; absent means none. */
export function normalizeParameters(raw: unknown, at: RecordAt, field: string, options: NormalizeOptions = {}): ObjectSchema {
  if (raw === undefined || raw === null) return { type: "object", properties: {}, required: [] };
  const schema = normalizeSchema(raw, at, field, options);
  if (schema.type !== undefined && schema.type !== "object") {
    reject(at, joinPath(field, "type"), `parameters must be an object schema, got type ${JSON.stringify(schema.type)}`);
  }
  return { ...schema, type: "object", properties: schema.properties ?? {}, required: schema.required ?? [] };
}
