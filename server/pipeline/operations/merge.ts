import { InvalidInput } from "../errors";
import type { FunctionPath, MergeOp, Turn } from "../schemas/path";
import type { OperationContext } from "./context";
import { callTurnProblem, lastFunction, withOperation } from "./turn-rules";

/**
 * Merge {at} (short dependency): turns at and at + 1 become one call turn with the first's
 * functions then the second's; the query will ask for both, the second using the first's output.
 *
 * Requires: turns at and at + 1 exist and are call turns; the last function of turn at has an
 * edge to the first function of turn at + 1.
 * Ensures: one turn fewer; every consecutive pair of functions within a turn is still a graph edge;
 * implicit lists are concatenated in the same order; no function is added or lost.
 */
export function mergeProblem(turns: readonly Turn[], op: MergeOp, context: OperationContext): string | null {
  const problem = callTurnProblem(turns, op.at) ?? callTurnProblem(turns, op.at + 1);
  if (problem !== null) return `cannot merge turns ${op.at} and ${op.at + 1}: ${problem}`;
  const u = lastFunction(turns[op.at] as Turn) ?? "";
  const v = (turns[op.at + 1] as Turn).functions[0] ?? "";
  if (!context.index.hasEdge(u, v)) {
    return `cannot merge turns ${op.at} and ${op.at + 1}: ${u} → ${v} is not an edge of the graph, so the second call cannot use the first's output`;
  }
  return null;
}

/** The merge on valid turns (unchecked: mergeProblem must be null). */
export function mergedTurns(turns: readonly Turn[], op: MergeOp): Turn[] {
  const first = turns[op.at] as Turn;
  const second = turns[op.at + 1] as Turn;
  const merged: Turn = { kind: "call", functions: first.functions.concat(second.functions) };
  if (first.implicit !== undefined || second.implicit !== undefined) {
    merged.implicit = (first.implicit ?? []).concat(second.implicit ?? []);
  }
  return turns.toSpliced(op.at, 2, merged);
}

/** Throws InvalidInput with mergeProblem's reason when the merge is not valid for the path. */
export function applyMerge(path: FunctionPath, op: MergeOp, context: OperationContext): FunctionPath {
  const problem = mergeProblem(path.turns, op, context);
  if (problem !== null) throw new InvalidInput(problem);
  return withOperation(path, op, mergedTurns(path.turns, op));
}
