import type { JsonSchema } from "../../pipeline/schemas/json-schema";
import type { TurnRecord } from "../../pipeline/teacher";
import type { FunctionProfile, ParameterProfile } from "./function-profile";
import { isNoneLike, schemaType } from "./schema-value";
import { identifierTokens } from "./words";

/** When the value was produced, relative to the turn being planned: it decides how the query refers to it. */
export type Recency = "same_turn" | "last" | "earlier";

/** A value an earlier call produced (an output field) or used (an argument), offered to later parameters. */
export interface Offer {
  key: string;
  from: "output" | "argument";
  /** Field or parameter name. */
  name: string;
  tokens: string[];
  /** Names around it: enclosing fields and the call's function name (`create_ticket` → ticket). */
  context: ReadonlySet<string>;
  /** The value, or undefined when only the declared returns are known (a call later in this turn). */
  value: unknown;
  type: string;
  /** The declared string format of a field whose value is not known yet. */
  format?: string;
  item: boolean;
  recency: Recency;
  call: string;
}

/** Container words that say nothing about what a list holds (`stock_list` holds stocks). */
const CONTAINERS = new Set(["list", "array", "item", "data", "collection", "set", "info", "detail"]);
/** Heads that only mean something with their qualifier: an `id` of what? */
const GENERIC_HEADS = new Set(["id", "name", "status", "type", "value", "result", "data", "message", "code", "number", "count", "info", "detail", "content", "text", "time"]);
/** Heads a description may name for a parameter called otherwise (`cityA`: "The zipcode of the first city"). */
const DESCRIBED_HEADS = new Set(["zipcode", "zip", "symbol", "airport", "ticker", "isbn", "sku", "email", "url", "token", "key"]);
/** Parameters that name one end of a trip, and the outputs that can be one (`travel_from` ← `nearest_airport`). */
const ENDPOINTS = new Set(["from", "to", "origin", "destination", "departure", "arrival", "start", "end"]);
const PLACES = new Set(["airport", "city", "location", "zipcode", "place", "address", "station"]);
/** Parameters that say who a user is in a role. */
const USER_ROLES = new Set(["receiver", "recipient", "sender", "member", "follower", "friend", "contact", "owner", "author", "customer"]);
/** Generic numeric parameters that take the last computed result ("multiply that result by 3"). */
const OPERANDS = new Set(["number", "value", "a", "x", "num", "operand", "part", "base", "amount"]);
const RESULTS = new Set(["result", "value", "total", "sum", "answer"]);

const core = (tokens: readonly string[]): string[] => tokens.filter((token) => !CONTAINERS.has(token));

/**
 * Arguments worth reusing under the same name: who the user is and what they act on (a token, an id, a
 * symbol). A second `a` or `value` is a new number, not the last one.
 */
const REUSED_ARGUMENTS = new Set(["id", "token", "key", "code", "symbol", "username", "user", "account", "email", "password", "secret"]);

/** How well an offer fills a parameter, 0 when it does not. */
export function matchScore(parameter: ParameterProfile, offer: Offer, description: string): number {
  if (offer.from === "argument") {
    const reusable = parameter.tokens.some((token) => REUSED_ARGUMENTS.has(token));
    return reusable && parameter.name.toLowerCase() === offer.name.toLowerCase() ? 1 : 0;
  }
  // An output's `status` or `message` is about the call that returned it, whatever the parameter's name.
  if (offer.tokens.length === 1 && GENERIC_HEADS.has(offer.tokens[0] ?? "") && offer.tokens.join("") === parameter.tokens.join("")) return 0;
  if (parameter.name.toLowerCase() === offer.name.toLowerCase()) return 1;
  const wanted = parameter.tokens;
  const given = core(offer.tokens);
  if (wanted.length > 0 && wanted.length === given.length && wanted.every((token, i) => token === given[i])) return 0.9;
  const head = wanted[wanted.length - 1];
  const givenHead = given[given.length - 1];
  if (head !== undefined && head === givenHead) {
    const qualifiers = wanted.slice(0, -1);
    const known = (token: string): boolean =>
      given.includes(token) || offer.context.has(token) || (USER_ROLES.has(token) && (given.includes("user") || offer.context.has("user")));
    const specific = qualifiers.length > 0 || given.length === 1 || !GENERIC_HEADS.has(head);
    if (specific && qualifiers.every(known)) return 0.8;
  }
  if (givenHead !== undefined && DESCRIBED_HEADS.has(givenHead) && new RegExp(`\\b${givenHead}`, "i").test(description)) return 0.6;
  if (givenHead !== undefined && PLACES.has(givenHead) && identifierTokens(parameter.name).some((token) => ENDPOINTS.has(token))) return 0.6;
  return 0;
}

/** A last result feeding a generic operand: the chain of a calculation. */
export const isOperandChain = (parameter: ParameterProfile, offer: Offer): boolean =>
  offer.recency !== "earlier" && offer.from === "output" && RESULTS.has(offer.name.toLowerCase()) && ["number", "integer"].includes(offer.type) && parameter.tokens.some((token) => OPERANDS.has(token));

const ID_LIKE = /(?:^|_)(?:id|code|key|number|zipcode|symbol)$/i;

/** Shapes of the string formats values are carried into: a city is no `start_date`, even if a trip starts there. */
const FORMAT_SHAPES: Readonly<Record<string, RegExp>> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  "date-time": /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  time: /^\d{2}:\d{2}/,
  email: /^[^@\s]+@[^@\s]+$/,
  uri: /^[a-z][a-z0-9+.-]*:/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** The offered value as the parameter takes it, or undefined when it does not fit the schema. */
export function coerce(value: unknown, schema: JsonSchema, parameterName: string): unknown {
  if (isNoneLike(value) || typeof value === "boolean") return undefined;
  let fitted: unknown = value;
  switch (schemaType(schema)) {
    case "string":
      if (typeof value === "number" && ID_LIKE.test(parameterName)) fitted = String(value);
      else if (typeof value !== "string") return undefined;
      if (typeof schema.format === "string" && !(FORMAT_SHAPES[schema.format]?.test(String(fitted)) ?? true)) return undefined;
      break;
    case "integer":
      if (typeof value === "string" && /^-?\d+$/.test(value)) fitted = Number(value);
      if (typeof fitted !== "number" || !Number.isInteger(fitted)) return undefined;
      break;
    case "number":
      if (typeof value === "string" && /^-?\d+(?:\.\d+)?$/.test(value)) fitted = Number(value);
      if (typeof fitted !== "number") return undefined;
      break;
    case "array": {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      const itemType = schema.items === undefined ? undefined : schemaType(schema.items);
      const fits = (item: unknown): boolean => itemType === undefined || (itemType === "integer" ? Number.isInteger(item) : typeof item === (itemType === "number" ? "number" : itemType));
      if (!value.every(fits)) return undefined;
      break;
    }
    default:
      return undefined;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(fitted)) return undefined;
  return fitted;
}

/** Whether a declared field (value unknown yet) could fill the parameter. */
export function typesFit(fieldType: string, schema: JsonSchema, parameterName: string): boolean {
  const wanted = schemaType(schema);
  if (wanted === fieldType) return wanted !== "boolean" && wanted !== "object";
  if (wanted === "string") return (fieldType === "integer" || fieldType === "number") && ID_LIKE.test(parameterName);
  return wanted === "number" && fieldType === "integer";
}

const typeOf = (value: unknown): string =>
  Array.isArray(value) ? "array" : value === null ? "null" : typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value;

/** Every field of an output, depth-first; a list offers its first item (and itself, as a whole). */
function outputOffers(output: unknown, call: string, recency: Recency, keyPrefix: string): Offer[] {
  const offers: Offer[] = [];
  const callWords = identifierTokens(call);
  const visit = (value: unknown, path: string, parents: string[], item: boolean, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      visit(value[0], `${path}[0]`, parents, true, depth + 1);
      return;
    }
    for (const [name, child] of Object.entries(value)) {
      const childPath = `${path}.${name}`;
      offers.push({
        key: `${keyPrefix}${childPath}`,
        from: "output",
        name,
        tokens: identifierTokens(name),
        context: new Set([...callWords, ...parents.flatMap(identifierTokens)]),
        value: child,
        type: typeOf(child),
        item,
        recency,
        call,
      });
      visit(child, childPath, [...parents, name], item, depth + 1);
    }
  };
  if (output !== null && typeof output === "object") visit(output, "", [], false, 0);
  else offers.push({ key: `${keyPrefix}.$`, from: "output", name: "result", tokens: ["result"], context: new Set(callWords), value: output, type: typeOf(output), item: false, recency, call });
  return offers;
}

/** What an earlier record offers: its calls' outputs, then their arguments, the latest call first. */
export function recordOffers(record: TurnRecord, recency: Recency, index: number): Offer[] {
  const offers: Offer[] = [];
  for (let i = record.calls.length - 1; i >= 0; i--) {
    const call = record.calls[i];
    if (call === undefined) continue;
    offers.push(...outputOffers(record.outputs[i], call.name, recency, `${index}:${i}`));
    for (const [name, value] of Object.entries(call.arguments)) {
      offers.push({ key: `${index}:${i}:arg.${name}`, from: "argument", name, tokens: identifierTokens(name), context: new Set(), value, type: typeOf(value), item: false, recency, call: call.name });
    }
  }
  return offers;
}

/**
 * What an earlier function of the same turn offers before it has run: its declared returns (values come
 * later) and its planned arguments, in the order recordOffers gives once the call is made.
 */
export function declaredOffers(profile: FunctionProfile, position: number, args: Readonly<Record<string, unknown>>): Offer[] {
  const callWords = identifierTokens(profile.spec.name);
  const argumentOffers = Object.entries(args).map(([name, value]): Offer => ({
    key: `turn:${position}:arg.${name}`,
    from: "argument",
    name,
    tokens: identifierTokens(name),
    context: new Set(),
    value,
    type: typeOf(value),
    item: false,
    recency: "same_turn",
    call: profile.spec.name,
  }));
  const returnOffers = profile.returns.map((field) => ({
    key: `turn:${position}:${field.path}`,
    from: "output" as const,
    name: field.name,
    tokens: identifierTokens(field.name),
    context: new Set([...callWords, ...field.parents.flatMap(identifierTokens)]),
    value: undefined,
    type: schemaType(field.schema),
    ...(typeof field.schema.format === "string" ? { format: field.schema.format } : {}),
    item: field.item,
    recency: "same_turn" as const,
    call: profile.spec.name,
  }));
  return [...returnOffers, ...argumentOffers];
}
