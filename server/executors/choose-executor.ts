import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { ExecutionSession } from "./session";
import { createSimulatedExecutor } from "./simulated-executor";
import type { ExecuteCall, Executor, ExecutorKind } from "./types";

const offline = createSimulatedExecutor();

/** The first executor that handles the function, in registration order; else the simulation. */
export function chooseExecutor(executors: readonly Executor[], spec: FunctionSpec, fallback: Executor = offline): Executor {
  return executors.find((executor) => executor.handles(spec)) ?? fallback;
}

/** Which kind of executor runs each function (by name), for a trajectory's provenance. */
export function executorKindsFor(executors: readonly Executor[], specs: readonly FunctionSpec[], fallback: Executor = offline): Record<string, ExecutorKind> {
  return Object.fromEntries(specs.map((spec) => [spec.name, chooseExecutor(executors, spec, fallback).kind]));
}

/** The translation stage's `execute`, bound to one trajectory's session. */
export function bindExecutors(executors: readonly Executor[], session: ExecutionSession, fallback: Executor = offline): ExecuteCall {
  return (call, spec, history) => chooseExecutor(executors, spec, fallback).execute(call, spec, session.at(history));
}
