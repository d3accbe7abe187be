import type { FunctionCall } from "../schemas/chat";
import type { JudgedSample } from "../schemas/judged-sample";
import type { NegativeErrorType } from "../teacher";
import type { TranslatedPath, TranslatedTurn } from "../translation/types";
import { callHint, summaryHint, wrongSummaryHint, type Hint } from "./hints";

/** Where a negative trajectory leaves the positive one, and the misleading hints it follows there. */
export interface NegativePlan {
  errorType: NegativeErrorType;
  turn: number;
  hints: Hint[];
}

const MADE_UP = "unknown";

/** Every string or number inside a value, for spotting arguments that were taken from outputs. */
function scalars(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string" || typeof value === "number") into.add(String(value));
  else if (Array.isArray(value)) for (const item of value) scalars(item, into);
  else if (value !== null && typeof value === "object") for (const item of Object.values(value)) scalars(item, into);
  return into;
}

/** The call with every argument whose value came from `outputs` replaced, or undefined when none did. */
function withoutCarried(call: FunctionCall, outputs: readonly unknown[], replacement: (key: string, value: unknown) => unknown): FunctionCall | undefined {
  const carried = scalars(outputs);
  let changed = false;
  const args = Object.fromEntries(
    Object.entries(call.arguments).map(([key, value]) => {
      if ((typeof value === "string" || typeof value === "number") && carried.has(String(value))) {
        changed = true;
        return [key, replacement(key, value)];
      }
      return [key, value];
    }),
  );
  return changed ? { ...call, arguments: args } : undefined;
}

const made = (_key: string, value: unknown): unknown => (typeof value === "number" ? 0 : MADE_UP);

function missingNestedCall(turn: TranslatedTurn, h: number): NegativePlan | undefined {
  if (turn.implicit.length === 0) return undefined;
  const kept = turn.steps.filter((s) => !s.calls.some((c) => turn.implicit.includes(c.name)));
  if (kept.length === turn.steps.length) return undefined;
  return { errorType: "missing_nested_call", turn: h, hints: [...kept.map((s) => callHint(s.calls)), summaryHint()] };
}

/** Merged calls made at once: the second cannot use the first's output, so its argument is made up. */
function shortDependencyMisuse(turn: TranslatedTurn, h: number): NegativePlan | undefined {
  const [first, second] = turn.steps;
  if (!first || !second) return undefined;
  const broken = second.calls.map((call) => withoutCarried(call, first.outputs, made));
  if (broken.every((c) => c === undefined)) return undefined;
  const calls = [...first.calls, ...broken.map((c, i) => c ?? second.calls[i]).filter((c): c is FunctionCall => c !== undefined)];
  return { errorType: "short_dependency_misuse", turn: h, hints: [callHint(calls), summaryHint()] };
}

/** A value from several turns back replaced by one from the last turn (or a made-up one). */
function longDependencyMisuse(path: TranslatedPath, h: number): NegativePlan | undefined {
  if (h < 2) return undefined;
  const turn = path.turns[h];
  const older = path.turns.slice(0, h - 1).flatMap((t) => t.steps.flatMap((s) => s.outputs));
  const recent = path.turns[h - 1]?.steps.flatMap((s) => [...scalars(s.outputs)]) ?? [];
  if (!turn || older.length === 0) return undefined;
  const swap = (_key: string, value: unknown): unknown => recent.find((r) => r !== String(value)) ?? made(_key, value);
  const steps = turn.steps.map((s) => s.calls.map((call) => withoutCarried(call, older, swap)));
  if (steps.every((calls) => calls.every((c) => c === undefined))) return undefined;
  const hints = turn.steps.map((s, i) => callHint(s.calls.map((c, j) => steps[i]?.[j] ?? c)));
  return { errorType: "long_dependency_misuse", turn: h, hints: [...hints, summaryHint()] };
}

/** The right calls, then a summary that misreports the outputs. */
function wrongSummarization(turn: TranslatedTurn, h: number): NegativePlan | undefined {
  const values = [...scalars(turn.steps.flatMap((s) => s.outputs))];
  if (values.length === 0) return undefined;
  const wrong = values.slice(0, 3).map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? String(Number(v) + 7) : `${v}-unverified`));
  const summary = `Done. The result is ${wrong.join(", ")}.`;
  return { errorType: "wrong_summarization", turn: h, hints: [...turn.steps.map((s) => callHint(s.calls)), wrongSummaryHint(summary)] };
}

/** On a miss turn, calling anyway: the withheld function, or a guessed value for the missing parameter. */
function missedFunctionOrParameter(path: TranslatedPath, h: number): NegativePlan | undefined {
  const turn = path.turns[h];
  const next = path.turns[h + 1];
  if (!turn?.withheld || !next) return undefined;
  const calls = next.steps.flatMap((s) => s.calls).filter((c) => c.name === turn.withheld?.function);
  if (calls.length === 0) return undefined;
  const parameter = turn.withheld.parameter;
  const guessed = calls.map((c) => (parameter && parameter in c.arguments ? { ...c, arguments: { ...c.arguments, [parameter]: made(parameter, c.arguments[parameter]) } } : c));
  return { errorType: "missed_function_or_parameter", turn: h, hints: [callHint(guessed), summaryHint()] };
}

/** Every negative the path allows, by rule from its reference (one per error type, at its first place). */
export function negativePlans(path: TranslatedPath): NegativePlan[] {
  const found = new Map<NegativeErrorType, NegativePlan>();
  path.turns.forEach((turn, h) => {
    for (const plan of [
      missingNestedCall(turn, h),
      shortDependencyMisuse(turn, h),
      longDependencyMisuse(path, h),
      missedFunctionOrParameter(path, h),
      wrongSummarization(turn, h),
    ]) {
      if (plan && !found.has(plan.errorType)) found.set(plan.errorType, plan);
    }
  });
  return [...found.values()];
}

/** Negatives taken from judged sample trajectories: their erroneous action is the misleading hint. */
export function judgedPlans(path: TranslatedPath, samples: readonly JudgedSample[]): NegativePlan[] {
  return samples
    .filter((sample) => sample.path_id === path.pathId && sample.turn < path.turns.length)
    .map((sample) => ({
      errorType: sample.error_type,
      turn: sample.turn,
      hints: "calls" in sample.action ? [callHint(sample.action.calls), summaryHint()] : [wrongSummaryHint(sample.action.text)],
    }));
}
