import { createRandom } from "../pipeline/random";
import type { TurnRecord } from "../pipeline/teacher";
import type { ExecutionState } from "./types";

export interface ExecutionSession extends ExecutionState {
  /** This session as seen at a point of the trajectory: same random stream and toolkit state, that history. */
  at(history: readonly TurnRecord[]): ExecutionState;
}

/** A fresh state for one trajectory: its own random stream (from `seed`) and empty toolkit state. */
export function createSession(seed: number | string = 0): ExecutionSession {
  const random = createRandom(seed).fork("executors");
  const states = new Map<string, unknown>();
  const stateOf = <T>(key: string, create: () => T): T => {
    if (!states.has(key)) states.set(key, create());
    return states.get(key) as T;
  };
  const view = (history: readonly TurnRecord[]): ExecutionState => ({ random, history, stateOf });
  return { ...view([]), at: view };
}
