import { InvalidInput } from "../errors";
import type { FunctionPath, SplitOp, Turn } from "../schemas/path";
import type { OperationContext } from "./context";
import { callTurnProblem, isMissKind, withOperation } from "./turn-rules";

/**
 * Split {at, label, function, parameter?} (missing information): call turn `at` becomes two turns,
 * an empty turn of kind `label` withholding `function` (miss_func: the function is not among the
 * tools; miss_param: the query leaves out the required `parameter`, so the right answer is a
 * clarifying text), then the original call turn, where the call happens once the user supplies it.
 *
 * Requires: turn `at` is a call turn that is not already split (not preceded by a miss turn) and
 * calls `function`; miss_func names no parameter; miss_param names a required parameter of it.
 * Ensures: one more turn; the miss turn is empty, carries `withheld`, and is immediately followed
 * by the unchanged call turn containing the withheld function.
 */
export function splitProblem(turns: readonly Turn[], op: SplitOp, context: OperationContext): string | null {
  const { at, label, function: f, parameter } = op;
  const turnProblem = callTurnProblem(turns, at);
  if (turnProblem !== null) return `cannot split turn ${at}: ${turnProblem}`;
  const before = turns[at - 1];
  if (before !== undefined && isMissKind(before.kind)) {
    return `cannot split turn ${at}: it is already split (turn ${at - 1} withholds ${before.withheld?.function})`;
  }
  const calls = (turns[at] as Turn).functions;
  if (!calls.includes(f)) return `cannot split turn ${at} on ${f}: the turn calls ${calls.join(", ")}`;
  if (label === "miss_func") {
    return parameter === undefined ? null : `a miss_func split withholds the whole of ${f}; it takes no parameter (got ${parameter})`;
  }
  const required = context.requiredParameters(f);
  if (required.length === 0) return `cannot split turn ${at} as miss_param: ${f} has no required parameter to leave out`;
  if (parameter === undefined) return `a miss_param split needs the required parameter of ${f} to leave out (${required.join(", ")})`;
  if (!required.includes(parameter)) {
    return `cannot split turn ${at} as miss_param: ${parameter} is not a required parameter of ${f} (required: ${required.join(", ")})`;
  }
  return null;
}

/** The split on valid turns (unchecked: splitProblem must be null). */
export function splitTurns(turns: readonly Turn[], op: SplitOp): Turn[] {
  const withheld = op.parameter === undefined ? { function: op.function } : { function: op.function, parameter: op.parameter };
  const miss: Turn = { kind: op.label, functions: [], withheld };
  return turns.toSpliced(op.at, 0, miss);
}

/** Throws InvalidInput with splitProblem's reason when the split is not valid for the path. */
export function applySplit(path: FunctionPath, op: SplitOp, context: OperationContext): FunctionPath {
  const problem = splitProblem(path.turns, op, context);
  if (problem !== null) throw new InvalidInput(problem);
  return withOperation(path, op, splitTurns(path.turns, op));
}
