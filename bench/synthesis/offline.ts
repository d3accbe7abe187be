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
  let paths = 0;
  let trajectories = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const sampled = samplePaths(operationContext(graph), sampleSettings.parse({ seed: round + 1 })).paths;
    for (const path of sampled) {
      const result = await synthesizePath(path, catalog, {
        teacher,
        execute: bindExecutors(executors, createSession(`${round}:${path.id}`)),
        seed: round + 1,
        negatives: negativeErrorTypes,
        judge: true,
        roundTrip: false,
        executorKinds,
      });
      paths++;
      trajectories += result.trajectories.length;
    }
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
