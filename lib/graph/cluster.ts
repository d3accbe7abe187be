import type { EdgeKind, GraphEdge, GraphNode } from "./types";
import { edgeId } from "./types";

export type ClusterBy = "toolkit" | "category";

export interface Cluster {
  /** `toolkit:NAME` or `category:NAME` (React Flow node id). */
  id: string;
  by: ClusterBy;
  /** The toolkit or category name. */
  key: string;
  functions: number;
  /** Distinct toolkits among the cluster's functions (1 for a toolkit cluster). */
  toolkits: number;
  /** Edges between two functions of the cluster. */
  internalEdges: number;
  /** Edges from functions of other clusters into this one. */
  inEdges: number;
  /** Edges from this cluster to functions of other clusters. */
  outEdges: number;
}

export interface ClusterEdge {
  /** `${source}->${target}` over cluster ids. */
  id: string;
  source: string;
  target: string;
  /** Function edges between the two clusters in this direction. */
  count: number;
  maxWeight: number;
  kinds: Record<EdgeKind, number>;
}

export interface ClusterView {
  by: ClusterBy;
  /** Largest first (ties by name). */
  clusters: Cluster[];
  edges: ClusterEdge[];
}

export const clusterId = (by: ClusterBy, key: string): string => `${by}:${key}`;

/** One cluster per toolkit (or category) with its function count, and the edges between clusters, counted. */
export function clusterGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], by: ClusterBy): ClusterView {
  const clusterOf = new Map<string, string>();
  const clusters = new Map<string, Cluster>();
  const toolkitsOf = new Map<string, Set<string>>();
  for (const node of nodes) {
    const key = by === "toolkit" ? node.toolkit : node.category;
    const id = clusterId(by, key);
    clusterOf.set(node.id, id);
    let cluster = clusters.get(id);
    if (cluster === undefined) {
      clusters.set(id, (cluster = { id, by, key, functions: 0, toolkits: 0, internalEdges: 0, inEdges: 0, outEdges: 0 }));
      toolkitsOf.set(id, new Set());
    }
    cluster.functions++;
    toolkitsOf.get(id)?.add(node.toolkit);
  }
  for (const [id, toolkits] of toolkitsOf) {
    const cluster = clusters.get(id);
    if (cluster) cluster.toolkits = toolkits.size;
  }
  const between = new Map<string, ClusterEdge>();
  for (const edge of edges) {
    const source = clusterOf.get(edge.source);
    const target = clusterOf.get(edge.target);
    if (source === undefined || target === undefined) continue;
    if (source === target) {
      const cluster = clusters.get(source);
      if (cluster) cluster.internalEdges++;
      continue;
    }
    const sourceCluster = clusters.get(source);
    const targetCluster = clusters.get(target);
    if (sourceCluster) sourceCluster.outEdges++;
    if (targetCluster) targetCluster.inEdges++;
    const id = edgeId(source, target);
    let link = between.get(id);
    if (link === undefined) {
      between.set(id, (link = { id, source, target, count: 0, maxWeight: 0, kinds: { exact_input: 0, partial_input: 0, premise: 0 } }));
    }
    link.count++;
    link.maxWeight = Math.max(link.maxWeight, edge.weight);
    link.kinds[edge.kind]++;
  }
  return {
    by,
    clusters: [...clusters.values()].sort((a, b) => b.functions - a.functions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    edges: [...between.values()],
  };
}
