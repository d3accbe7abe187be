import type { JsonSchema } from "../schemas/json-schema";
import type { Random } from "../random";
import { fieldWords } from "./field-words";

/** A plausible range and precision per kind of quantity, matched on the field's words. */
interface Range {
  words: readonly string[];
  low: number;
  high: number;
  decimals: number;
}

const RANGES: readonly Range[] = [
  { words: ["percent", "percentage", "humidity", "battery"], low: 0, high: 100, decimals: 1 },
  { words: ["change", "delta"], low: -5, high: 5, decimals: 2 },
  { words: ["temperature", "temp"], low: 15, high: 30, decimals: 1 },
  { words: ["speed"], low: 30, high: 120, decimals: 0 },
  { words: ["distance", "mileage", "miles", "km"], low: 5, high: 500, decimals: 1 },
  { words: ["latitude", "lat"], low: -60, high: 60, decimals: 4 },
  { words: ["longitude", "lng", "lon"], low: -150, high: 150, decimals: 4 },
  { words: ["age"], low: 18, high: 80, decimals: 0 },
  { words: ["year"], low: 2020, high: 2026, decimals: 0 },
  { words: ["month"], low: 1, high: 12, decimals: 0 },
  { words: ["hour"], low: 0, high: 23, decimals: 0 },
  { words: ["minute", "minutes"], low: 0, high: 59, decimals: 0 },
  { words: ["rating", "score", "stars"], low: 1, high: 5, decimals: 1 },
  { words: ["priority"], low: 1, high: 5, decimals: 0 },
  { words: ["price", "cost", "amount", "balance", "fee", "budget", "salary", "payment", "total"], low: 5, high: 1000, decimals: 2 },
  { words: ["pressure"], low: 30, high: 36, decimals: 1 },
  { words: ["voltage"], low: 12, high: 14.5, decimals: 1 },
  { words: ["force"], low: 50, high: 500, decimals: 0 },
  { words: ["angle"], low: 0, high: 30, decimals: 1 },
  { words: ["volume"], low: 100000, high: 5000000, decimals: 0 },
  { words: ["fuel", "liter", "liters", "gallon", "gallons"], low: 1, high: 15, decimals: 1 },
  { words: ["count", "quantity", "number", "num"], low: 1, high: 50, decimals: 0 },
  { words: ["duration", "seconds"], low: 1, high: 3600, decimals: 0 },
  { words: ["port"], low: 1024, high: 65535, decimals: 0 },
];

const DEFAULT_RANGE: Range = { words: [], low: 1, high: 100, decimals: 2 };

function rangeFor(field: string): Range {
  const words = fieldWords(field);
  const last = words.at(-1);
  return RANGES.find((range) => last !== undefined && range.words.includes(last)) ?? RANGES.find((range) => range.words.some((word) => words.includes(word))) ?? DEFAULT_RANGE;
}

const num = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** The schema's own bounds, inclusive; exclusive bounds step inward by the value's precision. */
function schemaBounds(schema: JsonSchema, step: number): { low?: number; high?: number } {
  const exclusiveLow = num(schema.exclusiveMinimum);
  const exclusiveHigh = num(schema.exclusiveMaximum);
  const lows = [num(schema.minimum), exclusiveLow === undefined ? undefined : exclusiveLow + step].filter((n) => n !== undefined);
  const highs = [num(schema.maximum), exclusiveHigh === undefined ? undefined : exclusiveHigh - step].filter((n) => n !== undefined);
  return { low: lows.length > 0 ? Math.max(...lows) : undefined, high: highs.length > 0 ? Math.min(...highs) : undefined };
}

/** The field's plausible range narrowed to the schema's bounds; the schema wins where they do not meet. */
function effectiveRange(preferred: { low: number; high: number }, schema: JsonSchema, step: number): { low: number; high: number } {
  const { low, high } = schemaBounds(schema, step);
  const lo = Math.max(preferred.low, low ?? -Infinity);
  const hi = Math.min(preferred.high, high ?? Infinity);
  if (lo <= hi) return { low: lo, high: hi };
  if (low !== undefined && high !== undefined) return { low, high };
  if (low !== undefined) return { low, high: low + (preferred.high - preferred.low) };
  const top = high ?? preferred.high;
  return { low: top - (preferred.high - preferred.low), high: top };
}

/** Rounds onto multipleOf (and the integer grid) without leaving [low, high] where that is possible. */
function snap(value: number, low: number, high: number, multipleOf: number | undefined, integer: boolean): number {
  const grid = multipleOf !== undefined && multipleOf > 0 ? multipleOf : integer ? 1 : undefined;
  if (grid === undefined) return Math.min(high, Math.max(low, value));
  const first = Math.ceil(low / grid);
  const last = Math.floor(high / grid);
  const steps = Math.min(last, Math.max(first, Math.round(value / grid)));
  const snapped = Number((steps * grid).toFixed(10));
  return integer && !Number.isInteger(snapped) ? Math.ceil(low) : snapped;
}

/** A number shaped by the field's name within the schema's bounds. */
export function namedNumber(field: string, schema: JsonSchema, random: Random, integer: boolean): number {
  const preferred = rangeFor(field);
  const decimals = integer ? 0 : preferred.decimals;
  const step = 10 ** -decimals;
  const { low, high } = effectiveRange(preferred, schema, step);
  const raw = low + random.next() * (high - low);
  const rounded = Number(raw.toFixed(decimals));
  return snap(rounded, low, high, num(schema.multipleOf), integer);
}
