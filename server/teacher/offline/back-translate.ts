import { createRandom, type Random } from "../../pipeline/random";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import type { TaskOf } from "../../pipeline/prompts/template";
import { chatFor } from "./domains";
import { fillSlots, mentionsOf, type Mention } from "./mentions";
import { argumentSeedKey, planArguments, type PlannedCall } from "./plan-arguments";
import { chainedRequest, followUpRequest, singleRequest, type Clause, type Composed } from "./query-templates";
import { stableHash } from "./stable-hash";
import { avoidNames, identifierTokens, namesFunction } from "./words";

type BackTranslateTask = TaskOf<"back_translate">;

export interface BackTranslation {
  query: string;
  /** Which template wrote it, e.g. `single/ask_with`. */
  template: string;
}

/** Fresh wordings tried before a repeat of an earlier query is accepted. */
const ATTEMPTS = 8;

const refersTo = (spec: FunctionSpec, ref: string): boolean => spec.name === ref || spec.id === ref;

/** The functions the query asks about: the turn's (or, on a miss turn, the withheld one's). */
function targets(task: BackTranslateTask): FunctionSpec[] {
  const { turn, functions } = task;
  const wanted = turn.kind === "call" ? turn.functions : turn.withheld === undefined ? [] : [turn.withheld.function];
  const found = wanted.map((ref) => functions.find((spec) => refersTo(spec, ref))).filter((spec): spec is FunctionSpec => spec !== undefined);
  return found.length > 0 ? found : [...functions];
}

const normalized = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

/** A rendered value as a whole token of the text: "5" is not in "65". */
const appearsIn = (rendered: string, text: string): boolean =>
  new RegExp(`(?<![\\w.])${rendered.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`).test(text);

interface Draft {
  composed: Composed;
  values: string[];
}

/** The wording of a clause with function names rewritten piece by piece (values are slots, untouched). */
function scrubbed(clause: Clause, banned: readonly string[]): Clause {
  return {
    action: avoidNames(clause.action, banned),
    mentions: clause.mentions.map((mention) => ({
      ...mention,
      noun: avoidNames(mention.noun, banned),
      text: mention.explicit ? mention.text : avoidNames(mention.text, banned),
    })),
  };
}

/** Clauses of the calls the query names (implicit calls are left to the assistant), without the omitted value. */
function clauses(plan: readonly PlannedCall[], task: BackTranslateTask, values: string[], random: Random, banned: readonly string[]): Clause[] {
  const implicit = task.turn.implicit ?? [];
  const omit = task.omit ?? (task.turn.kind === "miss_param" && task.turn.withheld?.parameter !== undefined ? { function: task.turn.withheld.function, parameter: task.turn.withheld.parameter } : undefined);
  const named = plan.filter((call) => !implicit.some((ref) => refersTo(call.profile.spec, ref)));
  return (named.length > 0 ? named : plan).map((call) => {
    const omitted = omit !== undefined && refersTo(call.profile.spec, omit.function) ? omit.parameter : undefined;
    const args = call.arguments.filter((argument) => argument.parameter.name !== omitted);
    return scrubbed({ action: call.profile.action, mentions: mentionsOf(args, values, random.fork(call.profile.spec.name)) }, banned);
  });
}

/** After a clarification: what the previous query did not say, then any call it did not cover. */
function followUp(all: readonly Clause[], values: readonly string[], previous: string, random: Random): Composed {
  const said = (mention: Mention): boolean => (mention.explicit ? appearsIn(fillSlots(mention.text, values), previous) : normalized(previous).includes(normalized(mention.noun)));
  const missing: Mention[] = [];
  const rest: Clause[] = [];
  for (const clause of all) {
    const covered = clause.mentions.some(said) || normalized(previous).includes(normalized(clause.action)) || all.length === 1;
    if (covered) missing.push(...clause.mentions.filter((mention) => !said(mention)));
    else rest.push(clause);
  }
  return followUpRequest(missing, rest, random);
}

function draft(task: BackTranslateTask, plan: readonly PlannedCall[], random: Random, banned: readonly string[]): Draft {
  const values: string[] = [];
  const all = clauses(plan, task, values, random.fork("mentions"), banned);
  const previous = task.history.at(-1);
  if (task.turn.kind === "call" && previous !== undefined && (previous.kind === "miss_func" || previous.kind === "miss_param")) {
    return { composed: followUp(all, values, previous.query, random), values };
  }
  const composed = all.length === 1 && all[0] !== undefined ? singleRequest(all[0], random) : chainedRequest(all, random);
  return { composed, values };
}

function irrelevantQuery(task: BackTranslateTask, random: Random, used: ReadonlySet<string>, banned: readonly string[]): BackTranslation {
  const words = task.functions.flatMap((spec) => [...identifierTokens(spec.name), ...identifierTokens(spec.category), ...identifierTokens(spec.toolkit)]);
  const pool = chatFor(words);
  const start = random.int(pool.length);
  for (let i = 0; i < pool.length; i++) {
    const query = pool[(start + i) % pool.length] ?? "";
    if (!used.has(normalized(query)) && !banned.some((name) => namesFunction(query, name))) return { query, template: "irrelevant/chat" };
  }
  return { query: `One more thing: ${pool[start] ?? "what's a good way to relax after work?"}`, template: "irrelevant/chat" };
}

/**
 * The offline user: a natural request for the turn's functions that never names them, states every
 * value the calls need (or refers to earlier outputs indirectly), leaves out a withheld parameter, and
 * does not repeat an earlier query. Same task, same query.
 */
export function backTranslateQuery(task: BackTranslateTask): BackTranslation {
  const random = createRandom(stableHash(task));
  const banned = [...new Set([...task.functions.map((spec) => spec.name), ...task.turn.functions, ...(task.turn.implicit ?? [])])];
  const used = new Set(task.history.map((record) => normalized(record.query)));
  if (task.turn.kind === "irrelevant") return irrelevantQuery(task, random, used, banned);
  const plan = planArguments(targets(task), task.history, argumentSeedKey(task.history));
  let last: BackTranslation | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { composed, values } = draft(task, plan, random.fork(`attempt-${attempt}`), banned);
    // The template's own words are scrubbed too, in case a function is named like one of them ("help").
    const query = fillSlots(avoidNames(composed.text, banned), values);
    last = { query, template: composed.template };
    if (!used.has(normalized(query)) && !banned.some((name) => namesFunction(query, name))) return last;
  }
  return last as BackTranslation;
}
