import type { GraphEdge } from "./types";

export interface PrunedEdges {
  edges: GraphEdge[];
  /** Edges left out. */
  hidden: number;
  /** Strongest edges kept per function and direction (Infinity when nothing was left out). */
  perNode: number;
}

const byWeight = (a: GraphEdge, b: GraphEdge): number =>
  b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/**
 * At most about `budget` edges: each function's `k` heaviest outgoing and `k` heaviest incoming edges,
 * with the largest `k` (3, 2, then 1) that fits, plus every edge `keep` names (annotator edits, the
 * focus's own edges). Drawing hundreds of weak edges costs the browser more than it tells a reader.
 */
export function pruneEdges(edges: readonly GraphEdge[], budget: number, keep: (edge: GraphEdge) => boolean = () => false): PrunedEdges {
  if (edges.length <= budget) return { edges: [...edges], hidden: 0, perNode: Infinity };
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  const push = (map: Map<string, GraphEdge[]>, id: string, edge: GraphEdge) => {
    let list = map.get(id);
    if (list === undefined) map.set(id, (list = []));
    list.push(edge);
  };
  for (const edge of edges) {
    push(outgoing, edge.source, edge);
    push(incoming, edge.target, edge);
  }
  for (const list of outgoing.values()) list.sort(byWeight);
  for (const list of incoming.values()) list.sort(byWeight);
  let chosen = new Set<GraphEdge>();
  let perNode = 1;
  for (const k of [3, 2, 1]) {
    chosen = new Set(edges.filter(keep));
    for (const list of outgoing.values()) for (const edge of list.slice(0, k)) chosen.add(edge);
    for (const list of incoming.values()) for (const edge of list.slice(0, k)) chosen.add(edge);
    perNode = k;
    if (chosen.size <= budget) break;
  }
  const kept = edges.filter((edge) => chosen.has(edge));
  return { edges: kept, hidden: edges.length - kept.length, perNode };
}
