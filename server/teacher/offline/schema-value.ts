import type { Random } from "../../pipeline/random";
import { typeAccepts } from "../../pipeline/simulate";
import type { JsonSchema } from "../../pipeline/schemas/json-schema";
import { realisticNumber } from "./number-values";
import { formattedValue, realisticString } from "./string-values";
import { valueHints, type ValueHints } from "./value-hints";
import { identifierTokens } from "./words";

/** Where a value goes: the parameter (or property) name, its description hints and the function's topic words. */
export interface ValueSlot {
  name: string;
  description: string;
  hints: ValueHints;
  topic: ReadonlySet<string>;
}

/** Values that mean "no value" in catalogs that write Python defaults as strings. */
const NONE_LIKE = new Set(["none", "null", "nil", "undefined", ""]);

export const isNoneLike = (value: unknown): boolean => value === null || (typeof value === "string" && NONE_LIKE.has(value.toLowerCase()));

/** The type a value is made for: the first non-null of a type list, else guessed from the keywords. */
export function schemaType(schema: JsonSchema): string {
  const declared = Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type;
  if (declared !== undefined) return declared;
  if (schema.properties !== undefined) return "object";
  if (schema.items !== undefined || schema.prefixItems !== undefined) return "array";
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return typeof schema.enum[0];
  return "string";
}

/** Whether a value has the schema's type (and is one of its enum): catalogs' defaults often do not ("The current year"). */
export function fitsSchema(value: unknown, schema: JsonSchema): boolean {
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  return typeAccepts(schemaType(schema), value);
}

/** The branch of anyOf / oneOf a value is made for: the first that is not just null. */
function resolved(schema: JsonSchema): JsonSchema {
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) {
      const branch = (branches as JsonSchema[]).find((candidate) => candidate.type !== "null");
      if (branch !== undefined) return { ...schema, ...branch, [keyword]: undefined };
    }
  }
  return schema;
}

const childSlot = (name: string, schema: JsonSchema, topic: ReadonlySet<string>): ValueSlot => ({
  name,
  description: schema.description ?? "",
  hints: valueHints(schema.description),
  topic,
});

function stringValue(schema: JsonSchema, slot: ValueSlot, random: Random): string {
  const format = schema.format;
  let value: string;
  if (format === "date" || format === "date-time" || format === "email" || format === "uri" || format === "uuid") {
    value = formattedValue(format === "uri" ? "uri" : format, random);
  } else if (format === "time") {
    value = `${String(8 + random.int(10)).padStart(2, "0")}:${String(random.int(4) * 15).padStart(2, "0")}:00`;
  } else if (slot.hints.options.length > 0) {
    value = random.pick(slot.hints.options);
  } else if (slot.hints.examples.length > 0 && random.next() < 0.5) {
    value = random.pick(slot.hints.examples);
  } else {
    value = realisticString(random, { tokens: identifierTokens(slot.name), description: slot.description, topic: slot.topic }, slot.hints.format);
  }
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const minLength = typeof schema.minLength === "number" ? schema.minLength : undefined;
  if (maxLength !== undefined && value.length > maxLength) value = value.slice(0, maxLength);
  if (minLength !== undefined && value.length < minLength) value = value.padEnd(minLength, "x");
  return value;
}

function arrayValue(schema: JsonSchema, slot: ValueSlot, random: Random): unknown[] {
  if (Array.isArray(schema.prefixItems)) return schema.prefixItems.map((item, i) => schemaValue(item, childSlot(`${slot.name}_${i}`, item, slot.topic), random.fork(String(i))));
  const items: JsonSchema = schema.items ?? { type: "string" };
  const minItems = typeof schema.minItems === "number" ? schema.minItems : 1;
  const maxItems = typeof schema.maxItems === "number" ? schema.maxItems : Math.max(minItems, 3);
  // Item descriptions are often empty: the array's own words and option hints say what an item is.
  const itemSlot: ValueSlot = items.description === undefined ? slot : childSlot(slot.name, items, slot.topic);
  // Numbers come in lists to compute over (three to five of them); other lists hold one to three things.
  const numeric = ["number", "integer"].includes(schemaType(items));
  const low = Math.min(maxItems, Math.max(minItems, numeric ? 3 : 1));
  const count = low + random.int(Math.max(1, Math.min(maxItems, numeric ? 5 : 3) - low + 1));
  const values: unknown[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; values.length < count && attempt < count * 6; attempt++) {
    const value = schemaValue(items, itemSlot, random.fork(`item-${attempt}`));
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return values;
}

function objectValue(schema: JsonSchema, slot: ValueSlot, random: Random): Record<string, unknown> {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) {
    return schema.additionalProperties === false ? {} : { note: realisticString(random, { tokens: ["note"], description: "", topic: slot.topic }) };
  }
  const required = new Set(schema.required ?? []);
  // An object with nothing required (an "updates" dict) still says something: one or two of its fields.
  const optional = properties.filter(([name]) => !required.has(name));
  const chosen = new Set(required);
  const extra = required.size === 0 ? 1 + random.int(Math.min(2, optional.length)) : random.int(2);
  for (let i = 0; i < extra && optional.length > 0; i++) {
    const [name] = optional.splice(random.int(optional.length), 1)[0] ?? [""];
    chosen.add(name);
  }
  const value: Record<string, unknown> = {};
  for (const [name, property] of properties) {
    if (chosen.has(name)) value[name] = schemaValue(property, childSlot(name, property, slot.topic), random.fork(name));
  }
  return value;
}

/** A realistic value that validates against the schema (type, enum, const, format, bounds, items, properties). */
export function schemaValue(input: JsonSchema, slot: ValueSlot, random: Random): unknown {
  const schema = resolved(input);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const usable = schema.enum.filter((option) => option !== null);
    return random.pick(usable.length > 0 ? usable : schema.enum);
  }
  switch (schemaType(schema)) {
    case "integer":
    case "number": {
      const integer = schemaType(schema) === "integer";
      const options = slot.hints.options.map(Number).filter((n) => Number.isFinite(n) && (!integer || Number.isInteger(n)));
      if (options.length > 0) return random.pick(options);
      return realisticNumber(random, { tokens: identifierTokens(slot.name), topic: slot.topic, hints: slot.hints, schema, integer });
    }
    case "boolean":
      return random.next() < 0.5;
    case "array":
      return arrayValue(schema, slot, random);
    case "object":
      return objectValue(schema, slot, random);
    case "null":
      return null;
    default:
      return stringValue(schema, slot, random);
  }
}
