import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { bindExecutors, executorKindsFor } from "../../server/executors/choose-executor";
import { createJavaScriptExecutor } from "../../server/executors/javascript-executor";
import { createSession } from "../../server/executors/session";
import { builtinToolkits } from "../../server/executors/toolkits";
import { importCatalogs } from "../../server/pipeline/catalog";
import { buildGraph } from "../../server/pipeline/graph";
import { operationContext, samplePaths, sampleSettings } from "../../server/pipeline/paths";
import { createRandom } from "../../server/pipeline/random";
import type { Trajectory } from "../../server/pipeline/schemas/trajectory";
import { synthesizePath } from "../../server/pipeline/synthesis";
import { negativeErrorTypes } from "../../server/pipeline/teacher";
import { createOfflineTeacher } from "../../server/teacher/offline";
import { sharedData } from "../../test/shared-data";

/** Real trajectories from the BFCL classes, then copies under new ids until `count` records are written. */
export async function writeBenchTrajectories(file: string, count: number): Promise<void> {
  const dir = sharedData("bfcl_v3", "multi_turn_func_doc");
  const { functions } = importCatalogs(readdirSync(dir).sort().map((name) => ({ file: name, bytes: readFileSync(`${dir}/${name}`) })));
  const graph = buildGraph(functions, { random: createRandom(1) });
  const catalog = new Map(functions.map((f) => [f.id, f]));
  const executors = [createJavaScriptExecutor(builtinToolkits)];
  const seedSet: Trajectory[] = [];
  for (const path of samplePaths(operationContext(graph), sampleSettings.parse({ seed: 1 })).paths) {
    const result = await synthesizePath(path, catalog, {
      teacher: createOfflineTeacher(),
      execute: bindExecutors(executors, createSession(path.id)),
      seed: 1,
      negatives: negativeErrorTypes,
      judge: false,
      roundTrip: false,
      executorKinds: executorKindsFor(executors, functions),
    });
    seedSet.push(...result.trajectories);
  }
  const out = createWriteStream(file);
  for (let copy = 0, written = 0; written < count; copy++) {
    for (const t of seedSet) {
      if (written >= count) break;
      const rename = (id: string) => `c${copy}-${id}`;
      // Copies differ in their user text too, so deduplication keeps them all.
      const messages = t.messages.map((m) => (m.role === "user" ? { ...m, content: `${m.content} (request ${copy})` } : m));
      const turns = t.turns.map((turn) => ({ ...turn, query: `${turn.query} (request ${copy})` }));
      const record = { ...t, id: rename(t.id), path_id: rename(t.path_id), messages, turns, ...(t.pair ? { pair: { ...t.pair, positive_id: rename(t.pair.positive_id) } } : {}) };
      if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, "drain");
      written++;
    }
  }
  out.end();
  await once(out, "finish");
}
