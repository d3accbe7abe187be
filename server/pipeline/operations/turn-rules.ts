import type { FunctionPath, Operation, Turn, TurnKind } from "../schemas/path";

/** Rules and small helpers shared by the operations and the path checks. */

export const isMissKind = (kind: TurnKind): kind is "miss_func" | "miss_param" =>
  kind === "miss_func" || kind === "miss_param";

export const isTurnIndex = (turns: readonly Turn[], at: number): boolean =>
  Number.isInteger(at) && at >= 0 && at < turns.length;

/** The last function of a call turn, or undefined for a turn that calls nothing. */
export const lastFunction = (turn: Turn): string | undefined => turn.functions[turn.functions.length - 1];

/**
 * Why turn `at` cannot serve as a call turn, or null when it can. The reason is a clause the
 * caller prefixes with its action, so no message is built on the (hot) valid path.
 */
export function callTurnProblem(turns: readonly Turn[], at: number): string | null {
  if (!isTurnIndex(turns, at)) return `there is no turn ${at} (the path has ${turns.length} turns)`;
  const turn = turns[at] as Turn;
  if (turn.kind !== "call") return `turn ${at} is ${turn.kind === "irrelevant" ? "an" : "a"} ${turn.kind} turn, not a call turn`;
  if (turn.functions.length === 0) return `turn ${at} calls no function`;
  return null;
}

/** Index of the turn that calls `id`, or -1. */
export function turnCalling(turns: readonly Turn[], id: string): number {
  for (let h = 0; h < turns.length; h++) if ((turns[h] as Turn).functions.includes(id)) return h;
  return -1;
}

/** The path after `op`, whose effect on the turns is `turns`: the op is recorded in the history. */
export function withOperation(path: FunctionPath, op: Operation, turns: Turn[]): FunctionPath {
  return { id: path.id, turns, operations: [...path.operations, op], initial: path.initial };
}
