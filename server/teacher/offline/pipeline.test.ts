import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { buildGraph } from "../../pipeline/graph";
import { operationContext, samplePaths, sampleSettings } from "../../pipeline/paths";
import { createRandom } from "../../pipeline/random";
import { negativeErrorTypes } from "../../pipeline/teacher";
import { simulateOutput } from "../../pipeline/simulate";
import { synthesizePath } from "../../pipeline/synthesis";
import type { Trajectory } from "../../pipeline/schemas/trajectory";
import { createOfflineTeacher } from "./offline-teacher";
import { bfclFunctions } from "./test-fixture";

describe.skipIf(!hasSharedData)("the offline teacher through the whole pipeline", () => {
  it("synthesizes sampled BFCL paths whose trajectories pass their checks", async () => {
    const functions = bfclFunctions();
    const graph = buildGraph(functions, { random: createRandom(1) });
    const { paths } = samplePaths(operationContext(graph), sampleSettings.parse({ steps: 4, walks: 40, seed: 5 }));
    const catalog = new Map(functions.map((spec) => [spec.id, spec]));
    const teacher = createOfflineTeacher();
    const trajectories: Trajectory[] = [];
    for (const path of paths) {
      let calls = 0;
      const result = await synthesizePath(path, catalog, {
        teacher,
        seed: 1,
        negatives: negativeErrorTypes,
        judge: true,
        roundTrip: true,
        executorKinds: {},
        execute: async (call, spec, history) => simulateOutput(spec, call, { random: createRandom(`${path.id}:${calls++}`), history }),
      });
      trajectories.push(...result.trajectories);
    }
    const kinds = new Set(paths.flatMap((path) => path.turns.map((turn) => turn.kind)));
    expect([...kinds].sort()).toEqual(["call", "irrelevant", "miss_func", "miss_param"]);
    const failed = trajectories.flatMap((trajectory) =>
      Object.entries(trajectory.checks)
        .filter(([, verdict]) => !verdict.passed)
        .map(([name, verdict]) => `${trajectory.id} ${name}: ${verdict.problems.join("; ")}`),
    );
    const positives = trajectories.filter((trajectory) => trajectory.polarity === "positive");
    expect(positives.length).toBeGreaterThan(paths.length * 0.9);
    // The judge cannot always tell a value of this turn from one of an earlier turn when both hold it.
    expect(failed.filter((line) => !/-neg-\w+ judge:/.test(line))).toEqual([]);
    expect(failed.length).toBeLessThanOrEqual(Math.ceil(trajectories.length * 0.02));
  });
});
