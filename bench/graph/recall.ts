import type { DependencyGraph } from "../../server/pipeline/schemas/graph";

/** One real task: the functions it needed together (ids in the graph). */
export interface CoUseQuery {
  relevant: readonly string[];
}

export interface CoUseRecall {
  /** Ordered (a, b) pairs of co-used functions that were checked. */
  pairs: number;
  recall5: number;
  recall10: number;
  /** Relevant functions the graph does not know (not counted in `pairs`). */
  missing: number;
}

/**
 * Recall of co-used pairs: for each function a of a task with at least two known functions and each
 * other function b of it, is b among a's top-k neighbours — neighbours in either direction, ranked by
 * the heavier edge between them (ties by id, so the figure is reproducible)?
 */
export function coUseRecall(graph: DependencyGraph, queries: readonly CoUseQuery[]): CoUseRecall {
  const known = new Set(graph.nodes.map((node) => node.id));
  const neighbours = rankedNeighbours(graph);
  let pairs = 0;
  let hits5 = 0;
  let hits10 = 0;
  let missing = 0;
  for (const query of queries) {
    const relevant = [...new Set(query.relevant)];
    const present = relevant.filter((id) => known.has(id));
    missing += relevant.length - present.length;
    if (present.length < 2) continue;
    for (const a of present) {
      const ranked = neighbours.get(a) ?? [];
      for (const b of present) {
        if (a === b) continue;
        pairs++;
        const rank = ranked.indexOf(b);
        if (rank >= 0 && rank < 5) hits5++;
        if (rank >= 0 && rank < 10) hits10++;
      }
    }
  }
  return { pairs, recall5: pairs === 0 ? 0 : hits5 / pairs, recall10: pairs === 0 ? 0 : hits10 / pairs, missing };
}

/** Edges per node (each edge counted once, at its source). */
export function averageOutDegree(graph: DependencyGraph): number {
  return graph.nodes.length === 0 ? 0 : graph.edges.length / graph.nodes.length;
}

/** Each node's first ten neighbours, heaviest first. */
function rankedNeighbours(graph: DependencyGraph): Map<string, string[]> {
  const weights = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, weight: number): void => {
    let row = weights.get(a);
    if (row === undefined) weights.set(a, (row = new Map()));
    row.set(b, Math.max(row.get(b) ?? 0, weight));
  };
  for (const edge of graph.edges) {
    link(edge.source, edge.target, edge.weight);
    link(edge.target, edge.source, edge.weight);
  }
  const ranked = new Map<string, string[]>();
  for (const [node, row] of weights) {
    const order = [...row].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    ranked.set(node, order.slice(0, 10).map(([id]) => id));
  }
  return ranked;
}
