import type { FunctionPath, InsertOp, IrrelevanceOp, SplitOp } from "../schemas/path";
import type { OperationContext } from "./context";
import { dependencyProblem, placementProblem } from "./insert";
import { irrelevanceProblem } from "./irrelevance";
import { mergeProblem } from "./merge";
import { splitProblem } from "./split";
import { lastFunction } from "./turn-rules";

/**
 * The valid choices for the studio (and for enhancePath), produced by the same rules that
 * validateOp applies, so an offered choice is never refused.
 */

export function canMerge(path: FunctionPath, at: number, context: OperationContext): boolean {
  return mergeProblem(path.turns, { op: "merge", at }, context) === null;
}

/** Every valid insert depending on turn `after`: per nested neighbour, same_turn then each later_turn position. */
export function insertCandidates(path: FunctionPath, after: number, context: OperationContext): InsertOp[] {
  const turn = path.turns[after];
  const u = turn?.kind === "call" ? lastFunction(turn) : undefined;
  if (u === undefined) return [];
  const ops: InsertOp[] = [];
  for (const v of context.index.nestedNeighbours(u)) {
    if (dependencyProblem(path.turns, v, after, context) !== null) continue;
    ops.push({ op: "insert", function: v, after, mode: "same_turn" });
    for (let at = after + 1; at < path.turns.length; at++) {
      if (placementProblem(path.turns, v, after, at) === null) ops.push({ op: "insert", function: v, after, mode: "later_turn", at });
    }
  }
  return ops;
}

/** Every valid split of turn `at`: per function, miss_func then miss_param per required parameter. */
export function splitCandidates(path: FunctionPath, at: number, context: OperationContext): SplitOp[] {
  const turn = path.turns[at];
  if (turn === undefined) return [];
  const ops: SplitOp[] = [];
  for (const f of turn.functions) {
    const missFunc: SplitOp = { op: "split", at, label: "miss_func", function: f };
    if (splitProblem(path.turns, missFunc, context) === null) ops.push(missFunc);
    for (const parameter of context.requiredParameters(f)) {
      const missParam: SplitOp = { op: "split", at, label: "miss_param", function: f, parameter };
      if (splitProblem(path.turns, missParam, context) === null) ops.push(missParam);
    }
  }
  return ops;
}

/** Every position where an irrelevant turn may go. */
export function irrelevanceCandidates(path: FunctionPath): IrrelevanceOp[] {
  const ops: IrrelevanceOp[] = [];
  for (let at = 0; at <= path.turns.length; at++) {
    const op: IrrelevanceOp = { op: "irrelevance", at };
    if (irrelevanceProblem(path.turns, op) === null) ops.push(op);
  }
  return ops;
}
