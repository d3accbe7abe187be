import type { JsonSchema } from "../schemas/json-schema";
import type { Random } from "../random";
import { fieldKey, fieldWords, isIdField, singular } from "./field-words";
import type { NamedValues } from "./named-values";
import { namedNumber } from "./number-values";
import { stableInteger, stableToken } from "./stable-token";
import { formatString, namedString } from "./string-values";
import { valueFits } from "./value-fits";

export interface Generation {
  random: Random;
  values: NamedValues;
  /** Values already generated in this output, by field key: `booking_history.booking_id` repeats `booking_id`. */
  produced: Map<string, unknown[]>;
  /** The function and its arguments: the seed of stable ids. */
  callKey: string;
  /** create_x / add_x / post_x mint new ids rather than reuse the ones seen before. */
  creates: boolean;
}

/** Where a value sits: its path (for stable tokens) and whether it is a later item of a list. */
interface Place {
  path: string;
  laterItem: boolean;
  depth: number;
  /** The field's description, or its list's for a list item (`items` rarely has one of its own). */
  description: string;
}

const MAX_DEPTH = 12;
/** Outcomes of this very call: an earlier call's outcome says nothing about this one. */
const OUTCOME_WORDS = new Set(["status", "result", "results", "message", "messages", "error", "errors", "failure", "success", "count", "output", "response", "time", "timestamp", "notification", "log", "change"]);

const asSchema = (value: unknown): JsonSchema | undefined => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonSchema) : undefined);
const schemaList = (value: unknown): JsonSchema[] =>
  Array.isArray(value) ? value.map(asSchema).filter((item): item is JsonSchema => item !== undefined) : [];
const num = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** Whether a field may repeat a value seen elsewhere; `minting` when this call creates the thing the id names. */
function reusable(field: string, schema: JsonSchema, minting: boolean): boolean {
  const words = fieldWords(field);
  const last = words.at(-1) ?? "";
  if (schema.type === "boolean" || OUTCOME_WORDS.has(last)) return false;
  // A bare `id` names different things in different places; `tweet_id` names one kind of thing.
  if (isIdField(field)) return words.length > 1 && !minting;
  return true;
}

const fitting = (values: readonly unknown[], schema: JsonSchema): { value: unknown } | undefined => {
  const found = values.find((value) => valueFits(value, schema));
  return found === undefined ? undefined : { value: found };
};

/**
 * A value already used for a field of this name, when it fits the schema: the call's own argument
 * (echo), else one generated earlier in this output, else one from an earlier turn.
 */
function remembered(schema: JsonSchema, field: string, gen: Generation, place: Place): { value: unknown } | undefined {
  // Later items of a list are other entities: they keep the echoed filter (`username`) but get ids of their own.
  if (place.laterItem && isIdField(field)) return undefined;
  const echo = fitting(gen.values.echoes(field), schema);
  if (echo !== undefined || place.laterItem) return echo;
  if (reusable(field, schema, false)) {
    const same = fitting(gen.produced.get(fieldKey(field)) ?? [], schema);
    if (same !== undefined) return same;
  }
  return reusable(field, schema, gen.creates) ? fitting(gen.values.earlier(field), schema) : undefined;
}

function produce(gen: Generation, field: string, value: unknown): unknown {
  if (typeof value === "string" || typeof value === "number") {
    const key = fieldKey(field);
    gen.produced.set(key, [...(gen.produced.get(key) ?? []), value]);
  }
  return value;
}

/** `allOf` members folded into one schema (properties and required lists merged). */
function flatten(schema: JsonSchema): JsonSchema {
  const members = schemaList(schema.allOf);
  if (members.length === 0) return schema;
  const { allOf: _allOf, ...rest } = schema;
  return members.map(flatten).reduce<JsonSchema>(
    (merged, member) => ({
      ...member,
      ...merged,
      properties: { ...member.properties, ...merged.properties },
      required: [...new Set([...(merged.required ?? []), ...(member.required ?? [])])],
    }),
    rest,
  );
}

function typeOf(schema: JsonSchema): string {
  const types = typeof schema.type === "string" ? [schema.type] : (schema.type ?? []);
  const chosen = types.find((type) => type !== "null") ?? types[0];
  if (chosen !== undefined) return chosen;
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return "object";
  if (schema.items !== undefined || schema.prefixItems !== undefined) return "array";
  return "string";
}

function generateObject(schema: JsonSchema, field: string, gen: Generation, place: Place): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(schema.properties ?? {})) {
    output[name] = generateValue(member, name, gen, { ...place, path: `${place.path}.${name}`, depth: place.depth + 1, description: "" });
  }
  const extra = asSchema(schema.additionalProperties);
  if (schema.properties === undefined && extra !== undefined) {
    const key = singular(field);
    for (let i = 1; i <= 1 + gen.random.int(2); i++) {
      output[`${key}_${i}`] = generateValue(extra, key, gen, { ...place, path: `${place.path}.${key}_${i}`, depth: place.depth + 1, description: "" });
    }
  }
  return output;
}

function generateArray(schema: JsonSchema, field: string, gen: Generation, place: Place): unknown[] {
  const prefix = schemaList(schema.prefixItems);
  const item = asSchema(schema.items);
  const minItems = Math.max(num(schema.minItems) ?? 0, prefix.length);
  const maxItems = num(schema.maxItems) ?? Infinity;
  const wanted = item === undefined ? prefix.length : Math.min(maxItems, Math.max(minItems, 1 + gen.random.int(3)));
  const name = singular(field);
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < wanted; index++) {
    const itemSchema = prefix[index] ?? item ?? {};
    const at = (attempt: number): Place => ({
      path: `${place.path}[${index}]${attempt > 0 ? `#${attempt}` : ""}`,
      laterItem: place.laterItem || index > 0,
      depth: place.depth + 1,
      description: place.description,
    });
    let value = generateValue(itemSchema, name, gen, at(0));
    // Lists read better without repeats (and uniqueItems demands it): draw again a few times; small enums
    // may simply run out of distinct values.
    for (let attempt = 1; seen.has(JSON.stringify(value)) && attempt < 8; attempt++) {
      value = generateValue(itemSchema, name, gen, at(attempt));
    }
    if (schema.uniqueItems === true && seen.has(JSON.stringify(value)) && index >= minItems) break;
    seen.add(JSON.stringify(value));
    items.push(value);
  }
  return items;
}

/** Tries a few common shapes when the name-shaped string misses the schema's pattern. */
const PATTERN_FALLBACKS = ["09:30", "2025-01-15", "ABC123", "abc", "123", "A", "a1"];

function fitString(value: string, schema: JsonSchema): string {
  let text = value;
  if (typeof schema.pattern === "string" && !valueFits(text, { pattern: schema.pattern })) {
    text = PATTERN_FALLBACKS.find((candidate) => valueFits(candidate, { pattern: schema.pattern })) ?? text;
  }
  const minLength = num(schema.minLength);
  const maxLength = num(schema.maxLength);
  if (minLength !== undefined && [...text].length < minLength) text = text.padEnd(minLength, "x");
  if (maxLength !== undefined && [...text].length > maxLength) text = [...text].slice(0, maxLength).join("");
  return text;
}

function generateString(schema: JsonSchema, field: string, gen: Generation, place: Place): string {
  const token = stableToken(`${gen.callKey}|${place.path}`);
  const formatted = typeof schema.format === "string" ? formatString(schema.format, gen.random, token) : undefined;
  return fitString(formatted ?? namedString(field, place.description, gen.random, token), schema);
}

function generateNumber(schema: JsonSchema, field: string, gen: Generation, place: Place, integer: boolean): number {
  if (integer && isIdField(field) && schema.minimum === undefined && schema.maximum === undefined) {
    return stableInteger(`${gen.callKey}|${place.path}`, 1000, 99999);
  }
  return namedNumber(field, schema, gen.random, integer);
}

function generateBoolean(field: string, gen: Generation): boolean {
  // Flags that report how the call went are true: the simulated call succeeded.
  const words = fieldWords(field);
  if (words.some((word) => ["status", "success", "valid", "available", "can", "ok", "healthy", "added", "sent", "deleted"].includes(word))) return true;
  return gen.random.next() < 0.5;
}

/** A value for `schema`, named `field`: remembered where the trajectory already used one, else generated. */
export function generateValue(raw: JsonSchema, field: string, gen: Generation, at: Place = { path: "$", laterItem: false, depth: 0, description: "" }): unknown {
  const schema = flatten(raw);
  const place = typeof schema.description === "string" ? { ...at, description: schema.description } : at;
  if (schema.const !== undefined) return schema.const;
  const alternatives = [...schemaList(schema.anyOf), ...schemaList(schema.oneOf)];
  const usable = alternatives.find((member) => member.type !== "null") ?? alternatives[0];
  if (usable !== undefined) {
    const { anyOf: _anyOf, oneOf: _oneOf, ...base } = schema;
    return generateValue({ ...base, ...usable }, field, gen, place);
  }
  const type = typeOf(schema);
  if (type !== "object") {
    const reused = remembered(schema, field, gen, place);
    if (reused !== undefined) return produce(gen, field, reused.value);
  }
  return produce(gen, field, generateFresh(schema, type, field, gen, place));
}

function generateFresh(schema: JsonSchema, type: string, field: string, gen: Generation, place: Place): unknown {
  if (schema.enum !== undefined && schema.enum.length > 0) return gen.random.pick(schema.enum);
  switch (type) {
    case "object":
      return place.depth > MAX_DEPTH ? {} : generateObject(schema, field, gen, place);
    case "array":
      return place.depth > MAX_DEPTH ? [] : generateArray(schema, field, gen, place);
    case "integer":
    case "number":
      return generateNumber(schema, field, gen, place, type === "integer");
    case "boolean":
      return generateBoolean(field, gen);
    case "null":
      return null;
    default:
      return generateString(schema, field, gen, place);
  }
}
