import type { FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { Turn } from "../schemas/path";
import type { CheckVerdict } from "../schemas/trajectory";
import type { Teacher, TurnRecord } from "../teacher";

/** Runs one call: a real executor where one is registered, else a simulation. */
export type ExecuteCall = (call: FunctionCall, spec: FunctionSpec, history: readonly TurnRecord[]) => Promise<unknown>;

export interface TranslationDeps {
  teacher: Teacher;
  execute: ExecuteCall;
  /** Ask the teacher to re-derive each turn's calls from its query and flag a mismatch. */
  roundTrip?: boolean;
}

/** Calls made together, then their outputs; a turn whose functions depend on each other has one step each. */
export interface TranslatedStep {
  calls: FunctionCall[];
  outputs: unknown[];
}

export interface TranslatedTurn {
  kind: Turn["kind"];
  query: string;
  steps: TranslatedStep[];
  /** miss_func / miss_param: the callable name of the withheld function, and the parameter left out. */
  withheld?: { function: string; parameter?: string };
  /** Callable names called without being named in the query (Insert, same turn). */
  implicit: string[];
  checks: Record<string, CheckVerdict>;
}

export interface TranslatedPath {
  pathId: string;
  /** Every function of the path under the name the model calls, in first-use order. */
  functions: FunctionSpec[];
  turns: TranslatedTurn[];
  /** promptId → template hash of every prompt used. */
  prompts: Record<string, string>;
}

export const turnRecord = (turn: TranslatedTurn): TurnRecord => ({
  kind: turn.kind,
  query: turn.query,
  calls: turn.steps.flatMap((s) => s.calls),
  outputs: turn.steps.flatMap((s) => s.outputs),
  ...(turn.withheld ? { withheld: turn.withheld } : {}),
});
