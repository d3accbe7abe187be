import { readdirSync, readFileSync } from "node:fs";
import { createJavaScriptExecutor } from "../../server/executors/javascript-executor";
import { bindExecutors, executorKindsFor } from "../../server/executors/choose-executor";
import { createSession } from "../../server/executors/session";
import { builtinToolkits } from "../../server/executors/toolkits";
import { importCatalogs } from "../../server/pipeline/catalog";
import { buildGraph } from "../../server/pipeline/graph";
import { operationContext, samplePaths, sampleSettings } from "../../server/pipeline/paths";
import { createRandom } from "../../server/pipeline/random";
import { synthesizePath } from "../../server/pipeline/synthesis";
import { negativeErrorTypes } from "../../server/pipeline/teacher";
import { createOfflineTeacher } from "../../server/teacher/offline";
import { sharedData } from "../../test/shared-data";

export interface OfflineSynthesisRow {
  paths: number;
  trajectories: number;
  seconds: number;
  trajectoriesPerSecond: number;
  peakRssMB: number;
}

/** The whole pipeline with the offline teacher on the 8 BFCL multi-turn classes, no database in the loop. */
export async function runOfflineSynthesisBench(rounds = 3): Promise<OfflineSynthesisRow> {
  const dir = sharedData("bfcl_v3", "multi_turn_func_doc");
  const inputs = readdirSync(dir).sort().map((name) => ({ file: name, bytes: readFileSync(`${dir}/${name}`) }));
  const { functions } = importCatalogs(inputs);
  const graph = buildGraph(functions, { random: createRandom(1) });
  const catalog = new Map(functions.map((f) => [f.id, f]));
  const teacher = createOfflineTeacher();
  const executors = [createJavaScriptExecutor(builtinToolkits)];
  const executorKinds = executorKindsFor(executors, functions);
  const synthesizeRound = async (seed: number): Promise<{ paths: number; trajectories: number }> => {
    const sampled = samplePaths(operationContext(graph), sampleSettings.parse({ seed })).paths;
    let trajectories = 0;
    for (const path of sampled) {
      const result = await synthesizePath(path, catalog, {
        teacher,
        execute: bindExecutors(executors, createSession(`${seed}:${path.id}`)),
        seed,
        negatives: negativeErrorTypes,
        judge: true,
        roundTrip: false,
        executorKinds,
      });
      trajectories += result.trajectories.length;
    }
    return { paths: sampled.length, trajectories };
  };
  // One untimed round compiles the schema validators and warms the JIT: the figure is the steady rate.
  await synthesizeRound(0);
  let paths = 0;
  let trajectories = 0;
  const started = performance.now();
  for (let round = 1; round <= rounds; round++) {
    const done = await synthesizeRound(round);
    paths += done.paths;
    trajectories += done.trajectories;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    paths,
    trajectories,
    seconds: Math.round(seconds * 100) / 100,
    trajectoriesPerSecond: Math.round(trajectories / seconds),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1]?.endsWith("offline.ts")) console.table([await runOfflineSynthesisBench()]);
