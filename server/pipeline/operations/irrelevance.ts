import { InvalidInput } from "../errors";
import type { FunctionPath, IrrelevanceOp, Turn } from "../schemas/path";
import { isMissKind, withOperation } from "./turn-rules";

/**
 * Irrelevance {at}: an irrelevant turn (no tool fits; the answer is text) is inserted at position
 * `at` (0 = first, turns.length = last).
 *
 * Requires: 0 ≤ at ≤ turns.length; not right after a miss turn (which must stay right before its
 * call); no irrelevant turn already on either side (a second one would add nothing).
 * Ensures: one more turn, empty, with no withheld function; the other turns keep their order.
 */
export function irrelevanceProblem(turns: readonly Turn[], op: IrrelevanceOp): string | null {
  const { at } = op;
  if (!Number.isInteger(at) || at < 0 || at > turns.length) {
    return `cannot add an irrelevant turn at ${at}: positions run from 0 to ${turns.length}`;
  }
  const before = turns[at - 1];
  if (before !== undefined && isMissKind(before.kind)) {
    return `cannot add an irrelevant turn at ${at}: the ${before.kind} turn ${at - 1} must be followed by the call that supplies ${before.withheld?.function}`;
  }
  if (before?.kind === "irrelevant" || turns[at]?.kind === "irrelevant") {
    return `cannot add an irrelevant turn at ${at}: an irrelevant turn is already next to it`;
  }
  return null;
}

/** The irrelevance on valid turns (unchecked: irrelevanceProblem must be null). */
export function irrelevantTurns(turns: readonly Turn[], op: IrrelevanceOp): Turn[] {
  return turns.toSpliced(op.at, 0, { kind: "irrelevant", functions: [] });
}

/** Throws InvalidInput with irrelevanceProblem's reason when the turn cannot go at that position. */
export function applyIrrelevance(path: FunctionPath, op: IrrelevanceOp): FunctionPath {
  const problem = irrelevanceProblem(path.turns, op);
  if (problem !== null) throw new InvalidInput(problem);
  return withOperation(path, op, irrelevantTurns(path.turns, op));
}
