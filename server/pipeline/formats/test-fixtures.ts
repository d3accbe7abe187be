import { readdirSync, readFileSync } from "node:fs";
import { bindExecutors, executorKindsFor } from "../../executors/choose-executor";
import { createJavaScriptExecutor } from "../../executors/javascript-executor";
import { createSession } from "../../executors/session";
import { builtinToolkits } from "../../executors/toolkits";
import { createOfflineTeacher } from "../../teacher/offline";
import { importCatalogs } from "../catalog";
import { buildGraph } from "../graph";
import { operationContext, samplePaths, sampleSettings } from "../paths";
import { createRandom } from "../random";
import type { PreferencePair } from "../schemas/preference";
import type { Trajectory } from "../schemas/trajectory";
import { synthesizePath } from "../synthesis";
import { negativeErrorTypes } from "../teacher";
import { sharedData } from "../../../test/shared-data";

/** Paths enough to hold parallel calls, miss_func, miss_param and irrelevant turns, few enough to stay fast. */
const PATHS = 60;

/** Trajectories of both polarities from the 8 BFCL multi-turn catalogs, with the offline teacher (as `magnet run`). */
export async function bfclTrajectories(): Promise<Trajectory[]> {
  const dir = sharedData("bfcl_v3", "multi_turn_func_doc");
  const inputs = readdirSync(dir).sort().map((name) => ({ file: name, bytes: readFileSync(`${dir}/${name}`) }));
  const { functions } = importCatalogs(inputs);
  const graph = buildGraph(functions, { random: createRandom(1) });
  const catalog = new Map(functions.map((f) => [f.id, f]));
  const executors = [createJavaScriptExecutor(builtinToolkits)];
  const executorKinds = executorKindsFor(executors, functions);
  const teacher = createOfflineTeacher();
  const paths = samplePaths(operationContext(graph), sampleSettings.parse({ seed: 11 })).paths.slice(0, PATHS);
  const trajectories: Trajectory[] = [];
  for (const path of paths) {
    const result = await synthesizePath(path, catalog, {
      teacher,
      execute: bindExecutors(executors, createSession(`11:${path.id}`)),
      seed: 11,
      negatives: negativeErrorTypes,
      judge: true,
      roundTrip: false,
      executorKinds,
    });
    trajectories.push(...result.trajectories);
  }
  return trajectories;
}

/** Turn-level pairs from each negative and its positive (what the pair builder makes: the prefix, then each side to the end of the diverging turn). */
export function turnPairs(trajectories: readonly Trajectory[]): PreferencePair[] {
  const byId = new Map(trajectories.map((t) => [t.id, t]));
  return trajectories.flatMap((negative) => {
    const positive = negative.pair && byId.get(negative.pair.positive_id);
    if (negative.pair === undefined || positive === undefined) return [];
    const { turn, message } = negative.pair;
    const end = (t: Trajectory) => t.turns[turn]?.message_range[1] ?? t.messages.length;
    return [
      {
        id: `${positive.id}/${negative.id}`,
        level: "turn" as const,
        positive_id: positive.id,
        negative_id: negative.id,
        error_type: negative.error_type ?? "",
        turn,
        tools: positive.tools,
        prompt: positive.messages.slice(0, message),
        chosen: positive.messages.slice(message, end(positive)),
        rejected: negative.messages.slice(message, end(negative)),
      },
    ];
  });
}
