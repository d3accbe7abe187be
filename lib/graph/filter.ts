import type { EdgeKind, GraphData, GraphEdge, GraphNode } from "./types";

export interface GraphFilters {
  /** Only functions of this toolkit (empty: all). */
  toolkit?: string;
  /** Only functions of this category (empty: all). */
  category?: string;
  /** Only edges of this kind (empty: all). */
  kind?: EdgeKind;
  /** Only edges at least this heavy (0 to 1). */
  minWeight?: number;
}

export const NO_FILTERS: GraphFilters = Object.freeze({});

export interface FilteredGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const edgePasses = (edge: GraphEdge, filters: GraphFilters): boolean =>
  (!filters.kind || edge.kind === filters.kind) && edge.weight >= (filters.minWeight ?? 0);

export const nodePasses = (node: GraphNode, filters: GraphFilters): boolean =>
  (!filters.toolkit || node.toolkit === filters.toolkit) && (!filters.category || node.category === filters.category);

/**
 * The functions that pass the toolkit and category filters, and the edges between them that pass the
 * kind and weight filters. `keep` names functions kept whatever their toolkit or category (the focus).
 */
export function filterGraph(graph: GraphData, filters: GraphFilters, keep?: ReadonlySet<string>): FilteredGraph {
  const nodes = graph.nodes.filter((node) => nodePasses(node, filters) || (keep?.has(node.id) ?? false));
  const ids = nodes.length === graph.nodes.length ? undefined : new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter(
    (edge) => edgePasses(edge, filters) && (ids === undefined || (ids.has(edge.source) && ids.has(edge.target))),
  );
  return { nodes, edges };
}

export const hasNodeFilter = (filters: GraphFilters): boolean => Boolean(filters.toolkit || filters.category);
