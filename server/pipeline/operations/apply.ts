import { InvalidInput } from "../errors";
import type { FunctionPath, Operation, Turn } from "../schemas/path";
import type { OperationContext } from "./context";
import { insertedTurns, insertProblem } from "./insert";
import { irrelevanceProblem, irrelevantTurns } from "./irrelevance";
import { mergedTurns, mergeProblem } from "./merge";
import { splitProblem, splitTurns } from "./split";
import { withOperation } from "./turn-rules";

/** Why `op` cannot be applied to these turns (a sentence the studio shows), or null when it can. */
function operationProblem(turns: readonly Turn[], op: Operation, context: OperationContext): string | null {
  switch (op.op) {
    case "merge":
      return mergeProblem(turns, op, context);
    case "insert":
      return insertProblem(turns, op, context);
    case "split":
      return splitProblem(turns, op, context);
    case "irrelevance":
      return irrelevanceProblem(turns, op);
  }
}

/** Why `op` is not allowed on the path as it stands, or null when it is. */
export function validateOp(path: FunctionPath, op: Operation, context: OperationContext): string | null {
  return operationProblem(path.turns, op, context);
}

function transform(turns: readonly Turn[], op: Operation): Turn[] {
  switch (op.op) {
    case "merge":
      return mergedTurns(turns, op);
    case "insert":
      return insertedTurns(turns, op);
    case "split":
      return splitTurns(turns, op);
    case "irrelevance":
      return irrelevantTurns(turns, op);
  }
}

/** Applies any operation and records it; throws InvalidInput with validateOp's reason when not allowed. */
export function applyOperation(path: FunctionPath, op: Operation, context: OperationContext): FunctionPath {
  const problem = operationProblem(path.turns, op, context);
  if (problem !== null) throw new InvalidInput(problem);
  return withOperation(path, op, transform(path.turns, op));
}

/**
 * The turns that `operations` make from `initial`, each checked against the turns before it.
 * Throws InvalidInput naming `operations[k]` for the first operation that is not valid there.
 */
export function replay(initial: readonly Turn[], operations: readonly Operation[], context: OperationContext): Turn[] {
  let turns: Turn[] = [...initial];
  operations.forEach((op, k) => {
    const problem = operationProblem(turns, op, context);
    if (problem !== null) throw new InvalidInput(problem, { field: `operations[${k}]` });
    turns = transform(turns, op);
  });
  return turns;
}
