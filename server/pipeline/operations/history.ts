import { InvalidInput } from "../errors";
import type { FunctionPath, Operation } from "../schemas/path";
import { applyOperation, replay } from "./apply";
import type { OperationContext } from "./context";

export interface Undone {
  path: FunctionPath;
  /** The removed operation, for redo. */
  undone: Operation;
}

/**
 * The path without its last operation, recomputed from `initial` (not by inverting the op, so an
 * undo can never drift from what replay gives). Throws InvalidInput when there is nothing to undo.
 */
export function undo(path: FunctionPath, context: OperationContext): Undone {
  const undone = path.operations.at(-1);
  if (undone === undefined) throw new InvalidInput(`path ${path.id} has no operation to undo`);
  const operations = path.operations.slice(0, -1);
  return { path: { ...path, turns: replay(path.initial, operations, context), operations }, undone };
}

/** Re-applies an operation that undo removed; it is validated again since the path may have changed. */
export function redo(path: FunctionPath, op: Operation, context: OperationContext): FunctionPath {
  return applyOperation(path, op, context);
}
