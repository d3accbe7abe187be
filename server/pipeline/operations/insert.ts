import { InvalidInput } from "../errors";
import type { FunctionPath, InsertOp, Turn } from "../schemas/path";
import type { OperationContext } from "./context";
import { callTurnProblem, isMissKind, isTurnIndex, lastFunction, turnCalling, withOperation } from "./turn-rules";

/**
 * Insert {function v, after, mode, at?} (nested call or long dependency): v depends on u, the last
 * function of turn `after`.
 * - same_turn: v is appended to turn `after` and listed in its `implicit` (called without being
 *   named in the query, its input being u's output);
 * - later_turn: v becomes its own call turn placed right after turn `at` (at > after), so its
 *   arguments come from turns further back.
 *
 * Requires: turn `after` is a call turn; u → v is a nested edge; the path does not call v yet
 * (inserting it twice would repeat the call); same_turn takes no `at`; later_turn's `at` is a
 * later turn that is not a miss turn (a miss turn must stay right before the call that supplies it).
 * Ensures: one more function call; every function inside a turn follows a graph edge from the
 * one before it (a nested one for the inserted function); turns before `at + 1` keep their index.
 */
export function insertProblem(turns: readonly Turn[], op: InsertOp, context: OperationContext): string | null {
  const { function: v, after, mode, at } = op;
  const problem = dependencyProblem(turns, v, after, context);
  if (problem !== null) return problem;
  if (mode === "same_turn") {
    return at === undefined ? null : `a same_turn insert goes into turn ${after} and takes no "at" (got ${at})`;
  }
  if (at === undefined) return `a later_turn insert needs "at", the later turn to place ${v} after`;
  return placementProblem(turns, v, after, at);
}

/** The rules on v and turn `after`, shared by both modes: checked once when many placements are tried. */
export function dependencyProblem(turns: readonly Turn[], v: string, after: number, context: OperationContext): string | null {
  const turnProblem = callTurnProblem(turns, after);
  if (turnProblem !== null) return `cannot insert ${v} after turn ${after}: ${turnProblem}`;
  const u = lastFunction(turns[after] as Turn) ?? "";
  if (!context.index.has(v)) return `cannot insert ${v}: it is not a function of the graph`;
  if (!context.index.isNested(u, v)) {
    return `cannot insert ${v} after turn ${after}: it is not a nested out-neighbour of ${u}, the turn's last function`;
  }
  const existing = turnCalling(turns, v);
  if (existing >= 0) return `cannot insert ${v}: turn ${existing} already calls it`;
  return null;
}

/** The later_turn rule on `at` alone (dependencyProblem covers the rest). */
export function placementProblem(turns: readonly Turn[], v: string, after: number, at: number): string | null {
  if (!isTurnIndex(turns, at) || at <= after) {
    return after + 1 >= turns.length
      ? `cannot place ${v} in a later turn: turn ${after} is the last turn`
      : `cannot place ${v} after turn ${at}: it must be a later turn than ${after} (${after + 1} to ${turns.length - 1})`;
  }
  const anchor = turns[at] as Turn;
  if (isMissKind(anchor.kind)) {
    return `cannot place ${v} after turn ${at}: that ${anchor.kind} turn must be followed by the call that supplies ${anchor.withheld?.function}`;
  }
  return null;
}

/** The insert on valid turns (unchecked: insertProblem must be null). */
export function insertedTurns(turns: readonly Turn[], op: InsertOp): Turn[] {
  if (op.mode === "later_turn") {
    const at = op.at ?? op.after;
    return turns.toSpliced(at + 1, 0, { kind: "call", functions: [op.function] });
  }
  const base = turns[op.after] as Turn;
  // A literal rather than a spread of base: this runs in the generation hot loop (a call turn has no withheld).
  const extended: Turn = {
    kind: base.kind,
    functions: [...base.functions, op.function],
    implicit: base.implicit === undefined ? [op.function] : [...base.implicit, op.function],
  };
  return turns.with(op.after, extended);
}

/** Throws InvalidInput with insertProblem's reason when the insert is not valid for the path. */
export function applyInsert(path: FunctionPath, op: InsertOp, context: OperationContext): FunctionPath {
  const problem = insertProblem(path.turns, op, context);
  if (problem !== null) throw new InvalidInput(problem);
  return withOperation(path, op, insertedTurns(path.turns, op));
}
