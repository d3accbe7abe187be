import { InvalidInput } from "../errors";
import type { Random } from "../random";
import type { FunctionPath, Turn } from "../schemas/path";
import { createCoverage, recordWalk, type Coverage } from "./coverage";
import type { GraphIndex } from "./graph-index";

/**
 * uniform: every unvisited out-neighbour equally likely (MAGNET);
 * weight: proportional to the edge weight (all-zero weights fall back to uniform);
 * coverage: proportional to 1 / ((1 + uses of the target) · (1 + uses of the edge)), so functions
 * and edges used least so far are favoured.
 */
export const walkStrategies = ["uniform", "weight", "coverage"] as const;
export type WalkStrategy = (typeof walkStrategies)[number];

export const DEFAULT_STEPS = 7;

export interface SampleWalksOptions {
  /** The most functions (one per turn) a walk visits; the start is the first step. Default 7. */
  steps?: number;
  /** The start pool: every node in graph order (default) or these ids. */
  from?: "every" | readonly string[];
  /** Draw this many starts from the pool by `random`; without it, one walk per pool entry in order. */
  walks?: number;
  strategy?: WalkStrategy;
  random: Random;
  /**
   * Walks are recorded here as they are sampled, so later walks of the same call (and of later
   * calls) see them. The coverage strategy uses a fresh one when none is given.
   */
  coverage?: Coverage;
  /** Path ids are `${idPrefix}${i}` for the i-th walk of this call (default "p"): stable for any seed. */
  idPrefix?: string;
}

/**
 * With the coverage strategy, a drawn start is the least-used of this many uniform candidates
 * ("power of choices"): it favours under-covered starts at O(1) per draw, where an exact
 * 1/(1+count)-weighted draw would scan every node.
 */
const COVERAGE_START_CHOICES = 2;

/**
 * One frozen call turn per node, shared by every walk through it: a walk turn depends only on its
 * function, and sharing it saves two allocations per step, which matters when a run keeps hundreds of
 * thousands of paths. Frozen because paths are values: operations build new turns, never edit them.
 */
const sharedTurns = new WeakMap<GraphIndex, (Turn | undefined)[]>();

/** The walk turn of node p, made on first use; `shared` is the index's entry in sharedTurns. */
function walkTurn(index: GraphIndex, shared: (Turn | undefined)[], p: number): Turn {
  return (shared[p] ??= Object.freeze({ kind: "call", functions: Object.freeze([index.ids[p] ?? ""]) as string[] }));
}

function integerAtLeast(value: number, field: string, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new InvalidInput(`must be an integer ≥ ${minimum}, got ${value}`, { field });
  }
  return value;
}

function startPool(index: GraphIndex, from: "every" | readonly string[]): Int32Array | "every" {
  if (from === "every") return "every";
  const pool = new Int32Array(from.length);
  from.forEach((id, i) => {
    const p = index.position(id);
    if (p < 0) throw new InvalidInput(`${JSON.stringify(id)} is not a node of the graph`, { field: `from[${i}]` });
    pool[i] = p;
  });
  return pool;
}

/**
 * Random walks over the dependency graph, one function per turn; `initial` equals `turns` and no
 * operation is applied yet. A walk never revisits a node and stops early where every out-neighbour
 * has been visited. Deterministic for a given random source state. Walk turns are frozen and
 * shared between paths (see sharedTurns).
 */
export function sampleWalks(index: GraphIndex, options: SampleWalksOptions): FunctionPath[] {
  const steps = integerAtLeast(options.steps ?? DEFAULT_STEPS, "steps", 1);
  const strategy = options.strategy ?? "uniform";
  const { random } = options;
  const idPrefix = options.idPrefix ?? "p";
  if (options.coverage !== undefined && options.coverage.index !== index) {
    throw new InvalidInput("the coverage was created for another graph index", { field: "coverage" });
  }
  const coverage = options.coverage ?? (strategy === "coverage" ? createCoverage(index) : undefined);
  const pool = startPool(index, options.from ?? "every");
  const poolSize = pool === "every" ? index.nodeCount : pool.length;
  const walkCount = options.walks === undefined ? poolSize : integerAtLeast(options.walks, "walks", 0);
  if (walkCount > 0 && poolSize === 0) {
    throw new InvalidInput("cannot draw walks from an empty start pool", { field: "walks" });
  }

  const { outStart, edgeTarget, edgeWeight } = index;
  let shared = sharedTurns.get(index);
  if (shared === undefined) sharedTurns.set(index, (shared = new Array<Turn | undefined>(index.nodeCount)));
  const functionCounts = coverage?.functionCounts;
  const edgeCounts = coverage?.edgeCounts;
  // One scratch walk reused for every path: node positions and the edge taken after each node.
  // A walk cannot visit more nodes than the graph has, whatever `steps` asks for.
  const room = Math.max(1, Math.min(steps, index.nodeCount));
  const nodes = new Int32Array(room);
  const taken = new Int32Array(room);

  const poolAt = (i: number): number => (pool === "every" ? i : (pool[i] ?? 0));
  const drawStart = (): number => {
    let best = poolAt(random.int(poolSize));
    if (strategy !== "coverage" || functionCounts === undefined) return best;
    for (let c = 1; c < COVERAGE_START_CHOICES; c++) {
      const other = poolAt(random.int(poolSize));
      if ((functionCounts[other] ?? 0) < (functionCounts[best] ?? 0)) best = other;
    }
    return best;
  };
  const visited = (v: number, length: number): boolean => {
    // Walks are a handful of steps long, so a scan beats a per-walk set and allocates nothing.
    for (let i = 0; i < length; i++) if (nodes[i] === v) return true;
    return false;
  };
  const weightOf = (e: number, v: number): number => {
    if (strategy === "uniform") return 1;
    if (strategy === "weight") return edgeWeight[e] ?? 0;
    return 1 / ((1 + (functionCounts?.[v] ?? 0)) * (1 + (edgeCounts?.[e] ?? 0)));
  };
  /** The edge position of the next step from the walk's last node, or -1 when it must stop. */
  const nextEdge = (length: number): number => {
    const u = nodes[length - 1] ?? 0;
    const first = outStart[u] ?? 0;
    const end = outStart[u + 1] ?? 0;
    let open = 0;
    let total = 0;
    for (let e = first; e < end; e++) {
      const v = edgeTarget[e] ?? 0;
      if (visited(v, length)) continue;
      open++;
      total += weightOf(e, v);
    }
    if (open === 0) return -1;
    // Every open edge weighing 0 (weight strategy) falls back to an even draw among them.
    const even = total <= 0;
    let r = even ? random.int(open) : random.next() * total;
    let last = -1;
    for (let e = first; e < end; e++) {
      const v = edgeTarget[e] ?? 0;
      if (visited(v, length)) continue;
      last = e;
      r -= even ? 1 : weightOf(e, v);
      if (r < 0) return e;
    }
    return last; // floating-point rounding left r ≥ 0 after the last candidate
  };

  const paths: FunctionPath[] = new Array<FunctionPath>(walkCount);
  for (let w = 0; w < walkCount; w++) {
    nodes[0] = options.walks === undefined ? poolAt(w) : drawStart();
    let length = 1;
    while (length < steps) {
      const e = nextEdge(length);
      if (e < 0) break;
      taken[length - 1] = e;
      nodes[length] = edgeTarget[e] ?? 0;
      length++;
    }
    if (coverage !== undefined) recordWalk(coverage, nodes, taken, length);
    const turns: Turn[] = new Array<Turn>(length);
    for (let i = 0; i < length; i++) turns[i] = walkTurn(index, shared, nodes[i] ?? 0);
    // Separate arrays, so that even a caller who edits one in place cannot change the other.
    paths[w] = { id: `${idPrefix}${w}`, turns, operations: [], initial: turns.slice() };
  }
  return paths;
}
