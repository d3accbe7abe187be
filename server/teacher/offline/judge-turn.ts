import type { JudgeTurnAnswer } from "../../pipeline/prompts/answers";
import type { TaskOf } from "../../pipeline/prompts/template";
import type { FunctionCall } from "../../pipeline/schemas/chat";
import { identifierWords } from "./words";

/** Equal as JSON values, whatever the key order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const sameCall = (a: FunctionCall, b: FunctionCall): boolean => a.name === b.name && same(a.arguments, b.arguments);

/** Every string and number inside a value, as text. */
function scalars(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string" || typeof value === "number") into.push(String(value));
  else if (Array.isArray(value)) for (const item of value) scalars(item, into);
  else if (value !== null && typeof value === "object") for (const item of Object.values(value)) scalars(item, into);
  return into;
}

const NUMBER = /-?\d+(?:\.\d+)?/g;
const numbersIn = (text: string): number[] => [...text.matchAll(NUMBER)].map((match) => Number(match[0]));

/** Words of a text that look like values: numbers, ids, or fragments glued on with "-" or "_". */
const valueLike = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((word) => word.replace(/^[("'“]+|[)"'”.,;:!?…]+$/g, ""))
    .filter((word) => /\d|_/.test(word) || /^[-_]/.test(word));

/**
 * Whether a summary says something the outputs do not: a number none of them (nor the query or the
 * arguments) holds, a value-like word found in none of them, or an output value with something glued
 * on ("Open-unverified").
 */
function contradiction(text: string, outputs: readonly unknown[], known: readonly string[]): string | undefined {
  const values = scalars(outputs);
  const numbers = new Set([...values, ...known].flatMap(numbersIn));
  const invented = numbersIn(text).find((n) => !numbers.has(n) && !numbers.has(-n));
  if (invented !== undefined) return `the summary says ${invented}, which no output holds`;
  const sources = [...values, ...known];
  const foreign = valueLike(text).find((word) => !sources.some((source) => source.includes(word)));
  if (foreign !== undefined) return `the summary says "${foreign}", which no output holds`;
  for (const value of values) {
    if (value.length < 2) continue;
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      if (/[A-Za-z0-9]/.test(text[at - 1] ?? "")) continue;
      const glued = /^[-_][A-Za-z]+/.exec(text.slice(at + value.length));
      if (glued !== null && !values.some((v) => v.includes(value + glued[0]))) return `the summary alters the output value "${value}"`;
    }
  }
  return undefined;
}

/** Words with which a request points back past this turn ("the same tweet ID as before"). */
const EARLIER_TURN = /\b(?:before|earlier|previous(?:ly)?|last|just|we got|again)\b/i;
const CLAUSE = /[.;?!]|, and then\b|\bthen\b|\bafter that\b|\bonce that's done\b/i;

/**
 * Whether the part of the request about this call's `parameter` says its value comes from an earlier
 * turn: the clauses that share most words with the parameter and the function's name are read.
 */
function saysEarlierTurn(query: string, call: string, parameter: string): boolean {
  const wordsOf = (identifier: string): string[] => identifierWords(identifier).filter((word) => word.length > 2);
  const has = (clause: string, word: string): boolean => new RegExp(`\\b${word}s?\\b`, "i").test(clause);
  const parameterWords = wordsOf(parameter);
  const callWords = wordsOf(call);
  let best: string[] = [];
  let bestScore = 0;
  for (const clause of query.split(CLAUSE)) {
    if (!parameterWords.some((word) => has(clause, word))) continue;
    const score = [...parameterWords, ...callWords].filter((word) => has(clause, word)).length;
    if (score > bestScore) [best, bestScore] = [[clause], score];
    else if (score === bestScore) best.push(clause);
  }
  return best.some((clause) => EARLIER_TURN.test(clause));
}

/** Which argument of a same-named call differs from the reference, if any. */
function changedArgument(reference: FunctionCall, action: FunctionCall): { name: string; expected: unknown } | undefined {
  for (const [name, expected] of Object.entries(reference.arguments)) {
    if (!same(expected, action.arguments[name])) return { name, expected };
  }
  return undefined;
}

/**
 * The rule-based judge: the action against the reference calls, order of calls and arguments aside.
 * A dependency misuse is "short" when the right value came from a call of this turn (it shows in the
 * outputs of the calls before, or the call had a predecessor in the turn and the request does not point
 * back past the turn for it) and "long" when it came from an earlier turn.
 */
export function judgeTurn(task: TaskOf<"judge_turn">): JudgeTurnAnswer {
  const { reference, action, outputs } = task;
  if (reference.length === 0) {
    return action.calls.length > 0
      ? { verdict: "missed_function_or_parameter", reason: `called ${action.calls.map((c) => c.name).join(", ")} where a function or a value was missing and the assistant should have asked` }
      : { verdict: "correct", reason: "answered in text where no call was possible" };
  }
  if (action.calls.length === 0) return { verdict: "missed_function_or_parameter", reason: `answered in text where ${reference.map((c) => c.name).join(", ")} should have been called` };

  const unmatched = [...action.calls];
  const missing: FunctionCall[] = [];
  for (const call of reference) {
    const index = unmatched.findIndex((candidate) => sameCall(candidate, call));
    if (index >= 0) unmatched.splice(index, 1);
    else missing.push(call);
  }
  for (const expected of missing) {
    const actual = unmatched.find((candidate) => candidate.name === expected.name);
    if (actual === undefined) continue;
    const changed = changedArgument(expected, actual);
    const detail = changed === undefined ? "different arguments" : `${changed.name} should be ${JSON.stringify(changed.expected)}, got ${JSON.stringify(actual.arguments[changed.name])}`;
    // Outputs line up with the action's calls; only those made before this one could have supplied it.
    const before = outputs.slice(0, Math.max(0, action.calls.indexOf(actual)));
    const shownThisTurn = changed !== undefined && scalars(before).includes(String(changed.expected));
    const earlierTurn = changed !== undefined && saysEarlierTurn(task.query, expected.name, changed.name);
    const fromThisTurn = shownThisTurn || (!earlierTurn && reference.indexOf(expected) > 0);
    return fromThisTurn
      ? { verdict: "short_dependency_misuse", reason: `${expected.name}: ${detail}, a value an earlier call of this turn returned` }
      : { verdict: "long_dependency_misuse", reason: `${expected.name}: ${detail}, a value from an earlier turn` };
  }
  if (missing.length > 0) return { verdict: "missing_nested_call", reason: `${missing.map((c) => c.name).join(", ")} was needed as well but not called` };
  if (unmatched.length > 0) return { verdict: "missed_function_or_parameter", reason: `${unmatched.map((c) => c.name).join(", ")} was called but not asked for` };
  const known = [task.query, ...scalars(reference.map((call) => call.arguments))];
  const problem = task.action.text === undefined ? undefined : contradiction(task.action.text, outputs, known);
  if (problem !== undefined) return { verdict: "wrong_summarization", reason: problem };
  return { verdict: "correct", reason: "the calls match the reference and the summary agrees with the outputs" };
}
