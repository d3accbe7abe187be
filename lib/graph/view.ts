import { clusterGraph, type Cluster, type ClusterBy, type ClusterEdge } from "./cluster";
import { filterGraph, type GraphFilters } from "./filter";
import { buildAdjacency, kHopNeighbourhood } from "./neighbourhood";
import { pruneEdges } from "./prune";
import type { GraphData, GraphEdge, GraphNode } from "./types";

/** Above this many functions (or clusters) the explorer shows clusters or a focus instead. */
export const MAX_VISIBLE_NODES = 150;
/** At most this many cluster cards (the biggest); they are smaller and cheaper than function cards. */
export const MAX_CLUSTERS = 200;
/** Above this many toolkits, clusters are categories (a category's toolkits show once it is chosen). */
export const MAX_TOOLKIT_CLUSTERS = 60;
export const MAX_HOPS = 3;
/** Above this many edges among the shown functions, only each one's strongest are drawn (unless asked). */
export const MAX_VISIBLE_EDGES = 300;

export interface ViewRequest {
  filters: GraphFilters;
  /** A function id: show its k-hop neighbourhood. */
  focus?: string | null;
  /** 1 to 3 (default 1). */
  hops?: number;
  /** Show clusters even when the functions would fit. */
  clustered?: boolean;
  /** Draw every edge between the shown functions, however many. */
  allEdges?: boolean;
  maxNodes?: number;
  maxEdges?: number;
  maxClusters?: number;
  maxToolkitClusters?: number;
}

interface Counts {
  /** Functions passing the filters. */
  matching: number;
  /** Edges passing the filters. */
  matchingEdges: number;
}

interface EdgeBudget {
  /** Edges between the shown functions left undrawn (see `MAX_VISIBLE_EDGES`). */
  hiddenEdges: number;
  /** When some are hidden: how many strongest edges per function and direction are drawn. */
  edgesPerNode: number;
}

export type GraphView =
  | ({ mode: "functions"; nodes: GraphNode[]; edges: GraphEdge[] } & Counts & EdgeBudget)
  | ({
      mode: "focus";
      focus: string;
      hops: number;
      nodes: GraphNode[];
      edges: GraphEdge[];
      /** Shown functions → hops from the focus. */
      distances: Map<string, number>;
      /** Size of the whole neighbourhood (it is cut at `maxNodes`). */
      total: number;
      truncated: boolean;
    } & Counts &
      EdgeBudget)
  | ({
      mode: "clusters";
      by: ClusterBy;
      clusters: Cluster[];
      edges: ClusterEdge[];
      /** Clusters left out (only the `MAX_CLUSTERS` biggest are shown). */
      hidden: number;
    } & Counts);

export const clampHops = (hops: number | undefined): number => Math.min(MAX_HOPS, Math.max(1, Math.round(hops ?? 1)));

/** The same string for requests that show the same thing (unset and default settings alike). */
export function viewRequestKey(request: ViewRequest): string {
  const { toolkit, category, kind, minWeight } = request.filters;
  return JSON.stringify([
    toolkit ?? null,
    category ?? null,
    kind ?? null,
    minWeight ?? 0,
    request.focus ?? null,
    request.focus ? clampHops(request.hops) : null,
    request.clustered ?? false,
    request.allEdges ?? false,
  ]);
}

/**
 * What the explorer shows: the focus's neighbourhood when a known function is focused; every
 * matching function when they fit; otherwise one cluster per toolkit (or per category when there
 * are too many toolkits), biggest first.
 */
export function buildView(graph: GraphData, request: ViewRequest): GraphView {
  const maxNodes = request.maxNodes ?? MAX_VISIBLE_NODES;
  const focus = request.focus && graph.nodes.some((node) => node.id === request.focus) ? request.focus : undefined;
  const filtered = filterGraph(graph, request.filters, focus ? new Set([focus]) : undefined);
  const counts: Counts = { matching: filtered.nodes.length, matchingEdges: filtered.edges.length };
  const budget = (edges: GraphEdge[], keep: (edge: GraphEdge) => boolean): { edges: GraphEdge[] } & EdgeBudget => {
    if (request.allEdges) return { edges, hiddenEdges: 0, edgesPerNode: Infinity };
    const pruned = pruneEdges(edges, request.maxEdges ?? MAX_VISIBLE_EDGES, keep);
    return { edges: pruned.edges, hiddenEdges: pruned.hidden, edgesPerNode: pruned.perNode };
  };
  const annotated = (edge: GraphEdge): boolean => edge.origin === "annotator";

  if (focus) {
    const hops = clampHops(request.hops);
    const neighbourhood = kHopNeighbourhood(buildAdjacency(filtered.edges), focus, hops, maxNodes);
    const { distances } = neighbourhood;
    const byId = new Map(filtered.nodes.map((node) => [node.id, node]));
    const nodes = [...distances.keys()].flatMap((id) => byId.get(id) ?? []);
    const edges = budget(
      filtered.edges.filter((edge) => distances.has(edge.source) && distances.has(edge.target)),
      (edge) => edge.source === focus || edge.target === focus || annotated(edge),
    );
    return { mode: "focus", focus, hops, nodes, ...edges, distances, total: neighbourhood.total, truncated: neighbourhood.truncated, ...counts };
  }

  if (!request.clustered && filtered.nodes.length <= maxNodes) {
    return { mode: "functions", nodes: filtered.nodes, ...budget(filtered.edges, annotated), ...counts };
  }

  const toolkits = new Set(filtered.nodes.map((node) => node.toolkit)).size;
  const categories = new Set(filtered.nodes.map((node) => node.category)).size;
  const by: ClusterBy = toolkits <= (request.maxToolkitClusters ?? MAX_TOOLKIT_CLUSTERS) || categories <= 1 ? "toolkit" : "category";
  const view = clusterGraph(filtered.nodes, filtered.edges, by);
  const clusters = view.clusters.slice(0, request.maxClusters ?? MAX_CLUSTERS);
  const shown = new Set(clusters.map((cluster) => cluster.id));
  const edges = clusters.length === view.clusters.length ? view.edges : view.edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target));
  return { mode: "clusters", by, clusters, edges, hidden: view.clusters.length - clusters.length, ...counts };
}

/** Nodes and edges the view draws. */
export function viewSize(view: GraphView): { nodes: number; edges: number } {
  return { nodes: view.mode === "clusters" ? view.clusters.length : view.nodes.length, edges: view.edges.length };
}
