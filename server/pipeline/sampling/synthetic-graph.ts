import type { Random } from "../random";
import { edgeKinds, type DependencyGraph, type GraphEdge, type GraphNode } from "../schemas/graph";

export interface SyntheticGraphOptions {
  nodes: number;
  /** Out-edges drawn per node (capped at nodes - 1; a node may end with fewer, see below). */
  outDegree: number;
  /** Share of edges that pass the nested judgement. Default 0.3. */
  nestedShare?: number;
  /**
   * Target skew: targets are drawn as floor(nodes · r^skew), so skew > 1 piles in-edges on the
   * first nodes (hubs) the way real catalogs have a few widely used functions. Default 1 (uniform).
   */
  skew?: number;
}

/** Draws per node before giving up on finding distinct targets, so heavy skew cannot loop forever. */
const ATTEMPTS_PER_EDGE = 4;

/**
 * A random dependency graph for property tests and benchmarks: ids `f0 … f{n-1}`, no self-loops,
 * no parallel edges, weights uniform in [0, 1). Deterministic for a random source state.
 */
export function syntheticGraph(random: Random, options: SyntheticGraphOptions): DependencyGraph {
  const { nodes: count } = options;
  const degree = Math.min(options.outDegree, Math.max(0, count - 1));
  const nestedShare = options.nestedShare ?? 0.3;
  const skew = options.skew ?? 1;
  const nodes: GraphNode[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push({ id: `f${i}`, name: `f${i}`, toolkit: `toolkit${i % 17}`, category: `category${i % 5}` });
  }
  const edges: GraphEdge[] = [];
  const chosen = new Set<number>();
  for (let u = 0; u < count; u++) {
    chosen.clear();
    for (let attempt = 0; attempt < degree * ATTEMPTS_PER_EDGE && chosen.size < degree; attempt++) {
      const v = Math.floor(count * random.next() ** skew);
      if (v === u || chosen.has(v)) continue;
      chosen.add(v);
      edges.push({
        source: `f${u}`,
        target: `f${v}`,
        kind: random.pick(edgeKinds),
        weight: random.next(),
        nested: random.next() < nestedShare,
        evidence: { fields: [], terms: [] },
        origin: "auto",
      });
    }
  }
  return { nodes, edges };
}
