import { createRandom } from "../random";
import type { FunctionSpec } from "../schemas/function-spec";
import type { JudgedSample } from "../schemas/judged-sample";
import type { FunctionPath } from "../schemas/path";
import type { NegativeErrorType, Teacher } from "../teacher";
import { buildTrajectories, type TrajectoryResult } from "../trajectories";
import { translatePath, type ExecuteCall } from "../translation";

export interface SynthesisOptions {
  teacher: Teacher;
  /** A fresh execution session per path, so stateful toolkits start from the same state for every path. */
  execute: ExecuteCall;
  seed: number;
  negatives: readonly NegativeErrorType[];
  judge: boolean;
  roundTrip: boolean;
  executorKinds: Record<string, string>;
  judged?: readonly JudgedSample[];
}

/** One path end to end: back-and-forth translation with execution, then positive and negative trajectories. */
export async function synthesizePath(
  path: FunctionPath,
  catalog: ReadonlyMap<string, FunctionSpec>,
  options: SynthesisOptions,
): Promise<TrajectoryResult> {
  // Per-path stream: the result does not depend on which paths run beside it or in what order.
  const random = createRandom(options.seed).fork(path.id);
  const translated = await translatePath(path, catalog, { teacher: options.teacher, execute: options.execute, roundTrip: options.roundTrip });
  return buildTrajectories(path, translated, {
    teacher: options.teacher,
    execute: options.execute,
    random,
    seed: options.seed,
    negatives: options.negatives,
    judge: options.judge,
    executorKinds: options.executorKinds,
    judged: options.judged,
  });
}
