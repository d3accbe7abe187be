import type { TaskOf } from "../../pipeline/prompts/template";
import type { FunctionCall } from "../../pipeline/schemas/chat";
import { argumentSeedKey, planArguments, toFunctionCall } from "./plan-arguments";
import { adoptStatedValues } from "./stated-values";

/** The most calls one answer may hold (MAGNET's parallel-call bound). */
const MAX_CALLS = 3;

/**
 * The offline agent: one call per listed function (at most three), by exact name, with the arguments
 * the back-translation planned for this conversation (the seed ignores the query text), or the values
 * another teacher's query states instead.
 */
export function forthTranslateCalls(task: TaskOf<"forth_translate">): FunctionCall[] {
  const plan = planArguments(task.functions.slice(0, MAX_CALLS), task.history, argumentSeedKey(task.history, task.query));
  const earlier = task.history.map((record) => record.query);
  return plan.map((call) => toFunctionCall(adoptStatedValues(call, task.query, earlier)));
}
