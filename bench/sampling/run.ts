import { fileURLToPath } from "node:url";
import { enhancePath, type OperationContext } from "../../server/pipeline/operations";
import { createRandom } from "../../server/pipeline/random";
import { GraphIndex, sampleWalks, syntheticGraph, type WalkStrategy } from "../../server/pipeline/sampling";

export interface Row {
  strategy: WalkStrategy;
  /** Sampled walks, each enhanced (merge, insert, split / irrelevance copies). */
  walks: number;
  /** Paths out of enhancePath: the plain ones plus their split and irrelevance copies. */
  paths: number;
  seconds: number;
  /** CPU time of this process (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  walksPerSecond: number;
  pathsPerSecond: number;
  pathsPerCpuSecond: number;
  /** Heap in use right after the last batch, in MB. */
  heapMB: number;
  /** Peak resident set of the process so far, in MB (includes the graph and earlier rows). */
  peakRssMB: number;
}

const NODES = 10_000;
const OUT_DEGREE = 10;
const STEPS = 7;
const WALKS = 200_000;
/** A generation run samples, enhances and hands paths to the writer in batches; one batch is alive at a time. */
const BATCH = 1_000;
const MB = 1024 * 1024;

/** Half the functions need a value the user may leave out, so miss_param splits happen as with real catalogs. */
const requiredParameters = (id: string): readonly string[] => (id.charCodeAt(id.length - 1) % 2 === 0 ? ["query"] : []);

function runStrategy(index: GraphIndex, context: OperationContext, strategy: WalkStrategy): Row {
  const random = createRandom(`bench-${strategy}`);
  const walkRandom = random.fork("walks");
  const enhanceRandom = random.fork("enhance");
  let paths = 0;
  let heapMB = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let batch = 0; batch < WALKS / BATCH; batch++) {
    const walks = sampleWalks(index, { steps: STEPS, walks: BATCH, strategy, random: walkRandom, idPrefix: `b${batch}-` });
    const enhanced = walks.flatMap((walk) => enhancePath(walk, context, { random: enhanceRandom }));
    paths += enhanced.length;
    heapMB = process.memoryUsage().heapUsed / MB;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    strategy,
    walks: WALKS,
    paths,
    seconds: Number(seconds.toFixed(3)),
    cpuSeconds: Number(cpuSeconds.toFixed(3)),
    walksPerSecond: Math.round(WALKS / seconds),
    pathsPerSecond: Math.round(paths / seconds),
    pathsPerCpuSecond: Math.round(paths / cpuSeconds),
    heapMB: Math.round(heapMB),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Walks of 7 steps plus enhancePath on a synthetic graph of 10,000 nodes with 10 out-edges each. */
export function runSamplingBench(): Row[] {
  const graph = syntheticGraph(createRandom("bench-graph"), { nodes: NODES, outDegree: OUT_DEGREE, skew: 1.5 });
  const index = new GraphIndex(graph);
  const context: OperationContext = { index, requiredParameters };
  // One untimed warm-up so the first row does not pay for JIT compilation.
  const warmUp = createRandom("warm-up");
  for (const walk of sampleWalks(index, { walks: BATCH, random: warmUp })) enhancePath(walk, context, { random: warmUp });
  return (["uniform", "weight", "coverage"] as const).map((strategy) => runStrategy(index, context, strategy));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`sampling: ${NODES} nodes × ${OUT_DEGREE} out-edges, ${WALKS} walks of ${STEPS} steps + enhancePath, in batches of ${BATCH}`);
  console.table(runSamplingBench());
}
