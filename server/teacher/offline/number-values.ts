import type { Random } from "../../pipeline/random";
import type { JsonSchema } from "../../pipeline/schemas/json-schema";
import type { ValueHints } from "./value-hints";

export interface NumberContext {
  tokens: readonly string[];
  topic: ReadonlySet<string>;
  hints: ValueHints;
  schema: JsonSchema;
  integer: boolean;
}

/** A typical range for a quantity, and how finely it is written (0 = whole numbers). */
interface Span {
  low: number;
  high: number;
  decimals: number;
  step?: number;
}

const has = (context: NumberContext, ...words: string[]): boolean => words.some((word) => context.tokens.includes(word));

/** Ordered: the first quantity the name matches sets the span. */
function typicalSpan(context: NumberContext): Span {
  if (has(context, "id")) return { low: 1000, high: 9999, decimals: 0 };
  if (has(context, "price", "cost")) return { low: 20, high: 500, decimals: 2 };
  if (has(context, "fuel", "gallon", "liter", "litre")) return { low: 5, high: 30, decimals: 0 };
  if (has(context, "amount", "budget", "balance", "salary", "payment", "deposit")) {
    // An integer amount is a count (shares, items); a decimal one is money.
    return context.integer ? { low: 1, high: 100, decimals: 0 } : { low: 100, high: 5000, decimals: 0, step: 50 };
  }
  if (has(context, "temperature", "temp")) return { low: 18, high: 26, decimals: 0 };
  if (has(context, "speed")) return { low: 30, high: 110, decimals: 0, step: 5 };
  if (has(context, "percent", "percentage", "threshold", "rate")) return { low: 1, high: 20, decimals: 0 };
  if (has(context, "distance", "mileage")) return { low: 10, high: 800, decimals: 0 };
  if (has(context, "position", "ratio", "probability")) return { low: 0.1, high: 0.9, decimals: 1 };
  if (has(context, "priority", "rating", "level")) return { low: 1, high: 5, decimals: 0 };
  if (has(context, "precision", "decimal", "digit")) return { low: 1, high: 4, decimals: 0 };
  if (has(context, "base")) return { low: 2, high: 10, decimals: 0, step: 8 };
  if (has(context, "exponent", "power")) return { low: 2, high: 5, decimals: 0 };
  if (has(context, "year")) return { low: 2020, high: 2026, decimals: 0 };
  if (has(context, "month")) return { low: 1, high: 12, decimals: 0 };
  if (has(context, "day")) return { low: 1, high: 28, decimals: 0 };
  if (has(context, "age")) return { low: 18, high: 80, decimals: 0 };
  if (has(context, "latitude", "lat")) return { low: -60, high: 60, decimals: 4 };
  if (has(context, "longitude", "lon", "lng")) return { low: -150, high: 150, decimals: 4 };
  if (has(context, "verification", "cvv", "cvc")) return { low: 100, high: 999, decimals: 0 };
  if (has(context, "line", "count", "page", "size", "limit", "top", "number", "quantity", "lines")) return { low: 2, high: 20, decimals: 0 };
  if (has(context, "weight", "height", "length", "width")) return { low: 5, high: 200, decimals: 0 };
  if (has(context, "duration", "minute", "second", "hour", "timeout")) return { low: 5, high: 60, decimals: 0 };
  return { low: 2, high: 99, decimals: 0 };
}

const finite = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/**
 * A realistic number for a parameter: a typical span for its name, narrowed by the schema's and the
 * description's bounds, on the schema's multipleOf (or the description's "multiple of 5").
 */
export function realisticNumber(random: Random, context: NumberContext): number {
  const span = typicalSpan(context);
  const { schema, hints } = context;
  const exclusiveMin = finite(schema.exclusiveMinimum);
  const exclusiveMax = finite(schema.exclusiveMaximum);
  const minimum = finite(schema.minimum) ?? (exclusiveMin !== undefined ? exclusiveMin + (context.integer ? 1 : 0.01) : undefined) ?? hints.minimum;
  const maximum = finite(schema.maximum) ?? (exclusiveMax !== undefined ? exclusiveMax - (context.integer ? 1 : 0.01) : undefined) ?? hints.maximum;
  let low = span.low;
  let high = span.high;
  if (minimum !== undefined && maximum !== undefined && (low < minimum || high > maximum || low > maximum || high < minimum)) {
    // A stated range wins over the guess; its edges are rarely what a person asks for.
    const width = maximum - minimum;
    low = width > 2 ? minimum + width * 0.1 : minimum;
    high = width > 2 ? maximum - width * 0.1 : maximum;
  } else {
    if (minimum !== undefined) low = Math.max(low, minimum);
    if (maximum !== undefined) high = Math.min(high, maximum);
    if (low > high) high = low;
  }
  const multiple = finite(schema.multipleOf) ?? hints.multipleOf;
  let value = low + random.next() * (high - low);
  if (span.step !== undefined && low === span.low) value = low + Math.round((value - low) / span.step) * span.step;
  if (multiple !== undefined && multiple > 0) {
    value = Math.round(value / multiple) * multiple;
    if (minimum !== undefined && value < minimum) value += multiple;
    if (maximum !== undefined && value > maximum) value -= multiple;
  }
  const decimals = context.integer ? 0 : span.decimals;
  const rounded = Number(value.toFixed(decimals));
  return context.integer ? Math.round(rounded) : rounded;
}
