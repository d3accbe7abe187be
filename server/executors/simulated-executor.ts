import type { FunctionCall } from "../pipeline/schemas/chat";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import { simulateOutput, type SimulateContext } from "../pipeline/simulate";
import type { Executor } from "./types";

/** Offline from `returns` (simulateOutput), or by the teacher's simulate_execution role, which is async. */
export type SimulateFunction = (spec: FunctionSpec, call: FunctionCall, context: SimulateContext) => unknown;

/** Runs anything: the fallback where no real executor is registered. */
export function createSimulatedExecutor(simulate: SimulateFunction = simulateOutput): Executor {
  return {
    kind: "simulated",
    handles: () => true,
    execute: async (call, spec, state) => await simulate(spec, call, { random: state.random, history: state.history }),
  };
}
