import type { JsonSchema } from "../../pipeline/schemas/json-schema";
import type { PlannedArgument, PlannedCall } from "./plan-arguments";
import { schemaType } from "./schema-value";
import { identifierTokens } from "./words";

/**
 * Forth-translation of a query another teacher wrote: the planned values are what this teacher's own
 * queries state, but an LLM's query states its own. Where a planned value appears nowhere in the
 * conversation, the value the query does state for that parameter is taken instead: an allowed option
 * named in it, or a quoted string (a number) found next to the parameter's words or in its format.
 */

interface Candidate {
  text: string;
  at: number;
  end: number;
  kind: "quoted" | "number";
}

const QUOTED = /'([^']+)'|"([^"]+)"|“([^”]+)”/g;
const NUMBER = /(?<![\w.])-?\d+(?:\.\d+)?(?![\w])/g;
/** How far before a value its parameter's words may be ("the travel date is '2025-03-04'"). */
const BEFORE = 40;
/** And after it ("'business' class"). */
const AFTER = 16;
/** What a value in a known text format looks like; a match outweighs a nearby word. */
const FORMATS: Readonly<Record<string, RegExp>> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  month_year: /^\d{2}\/\d{2,4}$/,
  time_ampm: /^\d{1,2}:\d{2}\s*[AP]M$/i,
  time: /^\d{1,2}:\d{2}(?::\d{2})?$/,
  zipcode: /^\d{5}$/,
  airport_code: /^[A-Z]{3}$/,
  card_number: /^\d{13,19}$/,
  email: /^[^@\s]+@[^@\s]+$/,
};

/** Unquoted words that are string values by their shape alone: dates, zip codes, airport codes, emails. */
const SHAPED = /\b(?:\d{4}-\d{2}-\d{2}|\d{5}|[A-Z]{3}|\d{1,2}:\d{2}\s*[AP]M|[^@\s]+@[^@\s]+\.\w+)\b/g;

function candidates(query: string): Candidate[] {
  const found: Candidate[] = [];
  const inQuotes = (index: number): boolean => found.some((quoted) => quoted.kind === "quoted" && index >= quoted.at && index < quoted.end);
  for (const match of query.matchAll(QUOTED)) {
    found.push({ text: match[1] ?? match[2] ?? match[3] ?? "", at: match.index, end: match.index + match[0].length, kind: "quoted" });
  }
  for (const match of query.matchAll(SHAPED)) {
    if (!inQuotes(match.index)) found.push({ text: match[0], at: match.index, end: match.index + match[0].length, kind: "quoted" });
  }
  for (const match of query.matchAll(NUMBER)) {
    if (!inQuotes(match.index)) found.push({ text: match[0], at: match.index, end: match.index + match[0].length, kind: "number" });
  }
  return found;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const numberPattern = (value: number): RegExp => new RegExp(`(?<![\\w.])${escaped(String(value))}(?![\\w])`);

/** Whether a planned value is said somewhere in the conversation. */
function stated(value: unknown, text: string): boolean {
  if (typeof value === "string") return text.includes(value);
  if (typeof value === "number") return numberPattern(value).test(text);
  if (Array.isArray(value)) return value.every((item) => stated(item, text));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => stated(item, text));
  return true;
}

const leaves = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(leaves) : value !== null && typeof value === "object" ? Object.values(value).flatMap(leaves) : [String(value)];

const kindOf = (argument: PlannedArgument): Candidate["kind"] => (schemaType(argument.parameter.schema) === "string" ? "quoted" : "number");

const FILE_LIKE = /^[\w.-]+\.\w{1,5}$/;
const ID_LIKE = /^[A-Za-z_-]*\d+[\w-]*$/;
const FILE_WORDS = new Set(["file", "source", "document", "filename", "attachment"]);
const ID_WORDS = new Set(["id", "code", "number", "key", "reference"]);
const TICKER_LIKE = /^[A-Z]{2,5}$/;
const TICKER_WORDS = new Set(["symbol", "stock", "ticker", "currency", "code"]);

/** How much a value's shape says it is this parameter's: a sentence for free text, name.ext for a file, an id, a ticker. */
function shapeFit(argument: PlannedArgument, text: string): number {
  const { tokens, freeText } = argument.parameter;
  if (freeText && text.includes(" ")) return 1;
  if (FILE_LIKE.test(text) && tokens.some((token) => FILE_WORDS.has(token))) return 1;
  if (ID_LIKE.test(text) && tokens.some((token) => ID_WORDS.has(token))) return 1;
  if (TICKER_LIKE.test(text) && tokens.some((token) => TICKER_WORDS.has(token))) return 1;
  return 0;
}

/** Words of the parameter found around the candidate, plus what its format and shape say. */
function score(argument: PlannedArgument, candidate: Candidate, query: string): number {
  const around = `${query.slice(Math.max(0, candidate.at - BEFORE), candidate.at)} ${query.slice(candidate.end, candidate.end + AFTER)}`.toLowerCase();
  const { parameter } = argument;
  const words = new Set([...identifierTokens(parameter.name), ...identifierTokens(parameter.spoken)].filter((word) => word.length > 1));
  let found = 0;
  for (const word of words) if (new RegExp(`\\b${escaped(word)}`).test(around)) found++;
  const format = parameter.hints.format ?? parameter.schema.format;
  const pattern = format === undefined ? undefined : FORMATS[format];
  return found + (pattern?.test(candidate.text) === true ? 2 : 0) + shapeFit(argument, candidate.text);
}

function fits(text: string, schema: JsonSchema): unknown {
  const type = schemaType(schema);
  const value = type === "string" ? text : Number(text);
  if (type !== "string" && (!Number.isFinite(value) || (type === "integer" && !Number.isInteger(value)))) return undefined;
  return Array.isArray(schema.enum) && !schema.enum.includes(value) ? undefined : value;
}

/** An allowed option the query names as a word ("in business class", "buy"). */
function namedOption(argument: PlannedArgument, query: string): unknown {
  const { schema, hints } = argument.parameter;
  const declared = Array.isArray(schema.enum) ? schema.enum.filter((option): option is string => typeof option === "string") : [];
  const options = declared.length > 0 ? declared : hints.options;
  const lower = query.toLowerCase();
  const named = options.find((option) => new RegExp(`\\b${escaped(option.toLowerCase())}\\b`).test(lower));
  return named === undefined ? undefined : fits(named, schema);
}

/** The call with each stated value that the conversation never says replaced by what the query says. */
export function adoptStatedValues(call: PlannedCall, query: string, earlierQueries: readonly string[]): PlannedCall {
  const conversation = [query, ...earlierQueries].join("\n");
  const absent = call.arguments.filter(
    (argument) => argument.source.kind === "stated" && ["string", "number", "integer"].includes(schemaType(argument.parameter.schema)) && !stated(argument.value, conversation),
  );
  if (absent.length === 0) return call;
  const replaced = new Map<PlannedArgument, unknown>();
  for (const argument of absent) {
    const option = namedOption(argument, query);
    if (option !== undefined) replaced.set(argument, option);
  }
  // Values the query states for the other parameters are spoken for.
  const taken = new Set(call.arguments.filter((argument) => !absent.includes(argument)).flatMap((argument) => leaves(argument.value)));
  const pool = candidates(query).filter((candidate) => !taken.has(candidate.text));
  const open = (): PlannedArgument[] => absent.filter((argument) => !replaced.has(argument));
  // Greedy: the surest pairing first, so a value goes to the parameter it is most plainly about.
  for (;;) {
    let best: { argument: PlannedArgument; candidate: Candidate; value: unknown; score: number } | undefined;
    for (const argument of open()) {
      for (const candidate of pool) {
        if (candidate.kind !== kindOf(argument)) continue;
        const found = score(argument, candidate, query);
        const value = found > 0 ? fits(candidate.text, argument.parameter.schema) : undefined;
        if (value !== undefined && (best === undefined || found > best.score)) best = { argument, candidate, value, score: found };
      }
    }
    if (best === undefined) break;
    replaced.set(best.argument, best.value);
    pool.splice(pool.indexOf(best.candidate), 1);
  }
  // One parameter left without a value and one value left in the whole query: they belong together.
  const [last] = open();
  const [left] = pool;
  if (open().length === 1 && pool.length === 1 && last !== undefined && left !== undefined && left.kind === kindOf(last)) {
    const value = fits(left.text, last.parameter.schema);
    if (value !== undefined) replaced.set(last, value);
  }
  return { ...call, arguments: call.arguments.map((argument) => (replaced.has(argument) ? { ...argument, value: replaced.get(argument) } : argument)) };
}
