import { layoutGraph, type Point } from "./layout";
import { neighbourhoodTree } from "./neighbourhood";
import type { GraphView } from "./view";

// No React Flow here: the server lays out the first view of small graphs with this module.

/** Fixed card sizes (the CSS matches): the layout uses them and React Flow needs no measuring pass. */
export const FUNCTION_NODE_SIZE = { width: 240, height: 116 } as const;
export const CLUSTER_NODE_SIZE = { width: 210, height: 96 } as const;

/** Above this many nodes, only each node's heaviest incoming edge shapes the layout (dagre time halves). */
const SPARSE_LAYOUT_NODES = 60;

/** Left-to-right positions of what a view shows (the slow part: keep it apart from node decoration). */
export function layoutView(view: GraphView): Map<string, Point> {
  if (view.mode === "clusters") {
    return layoutGraph(
      view.clusters.map((cluster) => ({ id: cluster.id, ...CLUSTER_NODE_SIZE })),
      view.edges.map((edge) => ({ source: edge.source, target: edge.target, weight: edge.count })),
      { maxInEdges: view.clusters.length > SPARSE_LAYOUT_NODES ? 1 : 2 },
    ).positions;
  }
  const nodes = view.nodes.map((node) => ({ id: node.id, ...FUNCTION_NODE_SIZE }));
  if (view.mode === "focus") {
    // Rank by hops from the focus: a dense neighbourhood would otherwise stretch into a long chain.
    return layoutGraph(nodes, neighbourhoodTree(view.distances, view.edges), { maxInEdges: Infinity }).positions;
  }
  return layoutGraph(nodes, view.edges, { maxInEdges: view.nodes.length > SPARSE_LAYOUT_NODES ? 1 : 2 }).positions;
}

/** Positions as the server sends them: `[id, x, y]` rows, rounded to whole pixels. */
export type PackedPositions = [id: string, x: number, y: number][];

export const packPositions = (positions: ReadonlyMap<string, Point>): PackedPositions =>
  [...positions].map(([id, point]) => [id, Math.round(point.x), Math.round(point.y)]);

/** The packed positions, if they place every node of the view; otherwise undefined (lay it out again). */
export function unpackPositions(view: GraphView, packed: PackedPositions): Map<string, Point> | undefined {
  const positions = new Map(packed.map(([id, x, y]) => [id, { x, y }]));
  const ids = view.mode === "clusters" ? view.clusters.map((cluster) => cluster.id) : view.nodes.map((node) => node.id);
  return ids.every((id) => positions.has(id)) ? positions : undefined;
}
