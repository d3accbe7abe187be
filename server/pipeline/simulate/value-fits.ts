import type { Format } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats";
import type { JsonSchema } from "../schemas/json-schema";

const formats: Readonly<Record<string, Format | undefined>> = fullFormats;

/** The same format rules the schema check applies (ajv-formats, full mode), so a reused value never fails it. */
function formatAccepts(format: string, value: string | number): boolean {
  const definition = formats[format];
  if (definition === undefined || definition === true) return true;
  if (typeof definition === "object" && !(definition instanceof RegExp)) {
    if ((definition.type ?? "string") !== typeof value) return true;
    return runFormat(definition.validate, value);
  }
  return typeof value !== "string" || runFormat(definition, value);
}

function runFormat(test: unknown, value: string | number): boolean {
  if (test instanceof RegExp) return test.test(String(value));
  if (typeof test === "string") return new RegExp(test, "u").test(String(value));
  if (typeof test === "function") return (test as (data: string | number) => unknown)(value) === true;
  return true;
}

function patternAccepts(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return true;
  }
}

/** Whether a value is of a JSON Schema type name (unknown names accept anything). */
export function typeAccepts(type: string, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "null":
      return value === null;
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);

function numberAccepts(schema: JsonSchema, value: number): boolean {
  const minimum = num(schema.minimum);
  const maximum = num(schema.maximum);
  const exclusiveMinimum = num(schema.exclusiveMinimum);
  const exclusiveMaximum = num(schema.exclusiveMaximum);
  const multipleOf = num(schema.multipleOf);
  if (minimum !== undefined && value < minimum) return false;
  if (maximum !== undefined && value > maximum) return false;
  if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) return false;
  if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) return false;
  return multipleOf === undefined || multipleOf <= 0 || Math.abs(value / multipleOf - Math.round(value / multipleOf)) < 1e-9;
}

function stringAccepts(schema: JsonSchema, value: string): boolean {
  const length = [...value].length;
  const minLength = num(schema.minLength);
  const maxLength = num(schema.maxLength);
  if (minLength !== undefined && length < minLength) return false;
  if (maxLength !== undefined && length > maxLength) return false;
  if (typeof schema.pattern === "string" && !patternAccepts(schema.pattern, value)) return false;
  return schema.format === undefined || formatAccepts(schema.format, value);
}

function arrayAccepts(schema: JsonSchema, value: unknown[]): boolean {
  const minItems = num(schema.minItems);
  const maxItems = num(schema.maxItems);
  if (minItems !== undefined && value.length < minItems) return false;
  if (maxItems !== undefined && value.length > maxItems) return false;
  if (schema.uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) return false;
  const prefix = schema.prefixItems ?? [];
  return value.every((item, index) => {
    const itemSchema = prefix[index] ?? schema.items;
    return itemSchema === undefined || valueFits(item, itemSchema);
  });
}

/**
 * Whether a remembered value may fill a field of this schema. Objects are never reused whole (their
 * fields are, one by one), so an object value does not fit.
 */
export function valueFits(value: unknown, schema: JsonSchema): boolean {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return false;
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value)) return false;
  if (schema.enum !== undefined && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) return false;
  const alternatives = [schema.anyOf, schema.oneOf].find(Array.isArray) as JsonSchema[] | undefined;
  if (alternatives !== undefined && !alternatives.some((member) => valueFits(value, member))) return false;
  const types = typeof schema.type === "string" ? [schema.type] : schema.type;
  if (types !== undefined && !types.some((type) => typeAccepts(type, value))) return false;
  if (typeof value === "number") return numberAccepts(schema, value);
  if (typeof value === "string") return stringAccepts(schema, value);
  if (Array.isArray(value)) return arrayAccepts(schema, value);
  return true;
}
