import { createRandom, type Random } from "../../pipeline/random";
import type { FunctionCall } from "../../pipeline/schemas/chat";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import type { TurnRecord } from "../../pipeline/teacher";
import { coerce, declaredOffers, isOperandChain, matchScore, recordOffers, typesFit, type Offer } from "./carried-values";
import { functionProfile, type FunctionProfile, type ParameterProfile } from "./function-profile";
import { fitsSchema, isNoneLike, schemaValue } from "./schema-value";
import { stableHash } from "./stable-hash";
import { namesFunction } from "./words";

/** Where an argument's value comes from: the user states it, or it is carried from an earlier call. */
export type ValueSource =
  | { kind: "stated" }
  | { kind: "carried"; from: Offer["from"]; field: string; recency: Offer["recency"]; item: boolean; call: string };

export interface PlannedArgument {
  parameter: ParameterProfile;
  /** Always concrete; for a value an earlier call of this turn will return, a stand-in until that call has run. */
  value: unknown;
  source: ValueSource;
}

export interface PlannedCall {
  profile: FunctionProfile;
  arguments: PlannedArgument[];
}

/** Below this, an output field is no reason to take its value. */
const CARRY_THRESHOLD = 0.55;
/** How often an optional parameter the user has no reason to set is set anyway. */
const OPTIONAL_SHARE = 0.3;
/** Redraws for a value that repeats another argument of the call or names the function. */
const REDRAWS = 6;
/** How often a set optional parameter takes its documented default rather than a fresh value. */
const DEFAULT_SHARE = 0.5;

/**
 * The seed of the argument plan: the calls and outputs of the finished turns, never the query text or
 * the turn kind, so the back-translation of a turn (which writes the query) and its forth-translation
 * (which reads it) plan the same values, and so do a miss turn and the call turn after it. Records at
 * the end with the query being translated are this turn's own earlier steps and are left out.
 */
export function argumentSeedKey(history: readonly TurnRecord[], query?: string): string {
  let end = history.length;
  while (query !== undefined && end > 0 && history[end - 1]?.query === query) end--;
  const finished = history.slice(0, end).filter((record) => record.calls.length > 0);
  return stableHash(finished.map((record) => [record.calls, record.outputs])).toString(36);
}

/** Offers grouped by where they come from, most recent first: earlier functions of this turn, then records. */
function offerGroups(earlier: readonly PlannedCall[], history: readonly TurnRecord[]): Offer[][] {
  const groups: Offer[][] = [];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const call = earlier[i];
    if (call !== undefined) groups.push(declaredOffers(call.profile, i, toFunctionCall(call).arguments));
  }
  const position = earlier.length;
  let latestSeen = false;
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i];
    if (record === undefined || record.calls.length === 0) continue;
    groups.push(recordOffers(record, latestSeen || position > 0 ? "earlier" : "last", i));
    latestSeen = true;
  }
  return groups;
}

interface Carried {
  offer: Offer;
  value: unknown;
  /** Taken as the operand of a calculation chain rather than by name. */
  operand: boolean;
}

/** The offer that fills the parameter: the best match of the most recent group that has one. */
function findCarried(parameter: ParameterProfile, groups: readonly Offer[][], used: ReadonlySet<string>, operandTaken: boolean): Carried | undefined {
  const description = parameter.schema.description ?? "";
  for (const [index, group] of groups.entries()) {
    let best: Carried | undefined;
    let bestScore = 0;
    for (const offer of group) {
      if (used.has(offer.key)) continue;
      if (offer.from === "output" && parameter.freeText) continue;
      let score = matchScore(parameter, offer, description);
      const operand = score < CARRY_THRESHOLD && index === 0 && !operandTaken && isOperandChain(parameter, offer);
      if (operand) score = CARRY_THRESHOLD;
      if (score < CARRY_THRESHOLD || score <= bestScore) continue;
      if (offer.value === undefined) {
        if (!typesFit(offer.type, parameter.schema, parameter.name)) continue;
        // Unknown yet, so it cannot be checked like a value: a formatted parameter takes only a field of that format.
        if (typeof parameter.schema.format === "string" && offer.format !== parameter.schema.format) continue;
        best = { offer, value: undefined, operand };
      } else {
        const value = coerce(offer.value, parameter.schema, parameter.name);
        if (value === undefined) continue;
        best = { offer, value, operand };
      }
      bestScore = score;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

function freshValue(profile: FunctionProfile, parameter: ParameterProfile, random: Random, taken: ReadonlySet<string>): unknown {
  const slot = { name: parameter.name, description: parameter.schema.description ?? "", hints: parameter.hints, topic: profile.topic };
  let value: unknown;
  for (let draw = 0; draw < REDRAWS; draw++) {
    value = schemaValue(parameter.schema, slot, random.fork(`${parameter.name}#${draw}`));
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (typeof value === "boolean" || (!taken.has(text) && !namesFunction(text, profile.spec.name))) return value;
  }
  return value;
}

function planCall(profile: FunctionProfile, earlier: readonly PlannedCall[], history: readonly TurnRecord[], seedKey: string): PlannedCall {
  const random = createRandom(`${seedKey}|${profile.spec.name}`);
  const groups = offerGroups(earlier, history);
  const used = new Set<string>();
  const taken = new Set<string>();
  let operandTaken = false;
  const planned: PlannedArgument[] = [];
  for (const parameter of profile.parameters) {
    const carried = findCarried(parameter, groups, used, operandTaken);
    const wanted = parameter.required || carried !== undefined || random.fork(`${parameter.name}?`).next() < OPTIONAL_SHARE;
    if (!wanted) continue;
    // Drawn whatever happens next, so one parameter's plan never shifts another's values.
    const fresh = freshValue(profile, parameter, random, taken);
    if (carried !== undefined) {
      used.add(carried.offer.key);
      operandTaken ||= carried.operand;
      const { offer } = carried;
      planned.push({
        parameter,
        value: carried.value ?? fresh,
        source: { kind: "carried", from: offer.from, field: offer.name, recency: offer.recency, item: offer.item, call: offer.call },
      });
      continue;
    }
    const fallback = parameter.schema.default;
    const useDefault = !parameter.required && fallback !== undefined && !isNoneLike(fallback) && fitsSchema(fallback, parameter.schema) && random.fork(`${parameter.name}=`).next() < DEFAULT_SHARE;
    const value = useDefault ? fallback : fresh;
    taken.add(typeof value === "string" ? value : JSON.stringify(value));
    planned.push({ parameter, value, source: { kind: "stated" } });
  }
  return { profile, arguments: planned };
}

/**
 * Concrete arguments for each function of a turn, shared by back-translation (which states them in the
 * query) and forth-translation (which calls with them): schema-valid realistic values, and values
 * carried from earlier outputs or arguments where a field matches a parameter. Deterministic in
 * (functions, history, seedKey); each function draws from its own stream, so planning it alone or
 * beside others gives it the same values.
 */
export function planArguments(functions: readonly FunctionSpec[], history: readonly TurnRecord[], seedKey: string): PlannedCall[] {
  const planned: PlannedCall[] = [];
  for (const spec of functions) planned.push(planCall(functionProfile(spec), planned, history, seedKey));
  return planned;
}

export function toFunctionCall(call: PlannedCall): FunctionCall {
  return { name: call.profile.spec.name, arguments: Object.fromEntries(call.arguments.map((argument) => [argument.parameter.name, argument.value])) };
}
