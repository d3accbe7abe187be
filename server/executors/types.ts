import type { Random } from "../pipeline/random";
import type { FunctionCall } from "../pipeline/schemas/chat";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { TurnRecord } from "../pipeline/teacher";

export const executorKinds = ["simulated", "javascript", "mcp", "http"] as const;
export type ExecutorKind = (typeof executorKinds)[number];

/** What one trajectory's calls run against; sessions never share it, so trajectories never see each other. */
export interface ExecutionState {
  /** Seeded randomness for simulated outputs. */
  readonly random: Random;
  /** The trajectory's earlier turns (and this turn's earlier calls as a last record), oldest first. */
  readonly history: readonly TurnRecord[];
  /** The state a toolkit keeps for this trajectory (`key` names the toolkit), created on first use. */
  stateOf<T>(key: string, create: () => T): T;
}

/** Runs calls of the functions it handles (DESIGN.md 1.5, execution). */
export interface Executor {
  readonly kind: ExecutorKind;
  handles(spec: FunctionSpec): boolean;
  /** The output of the call. A call the tool refused is an output (`{error}`); an unreachable tool throws ExecutorError. */
  execute(call: FunctionCall, spec: FunctionSpec, state: ExecutionState): Promise<unknown>;
}

/** The translation stage's view of execution: one call, its function and the history at that point. */
export type ExecuteCall = (call: FunctionCall, spec: FunctionSpec, history: readonly TurnRecord[]) => Promise<unknown>;
