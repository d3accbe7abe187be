import type { EdgeKind, EdgeOrigin, GraphEdge, GraphNode } from "@/server/pipeline/schemas/graph";

export type { EdgeKind, EdgeOrigin, GraphEdge, GraphNode };

/** The graph as `graph.get` returns it. */
export interface GraphData {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

/**
 * The edge kinds and origins, repeated here so that client code does not pull zod in through the
 * server schemas; the `satisfies` checks keep them in step with `server/pipeline/schemas/graph.ts`.
 */
export const EDGE_KINDS = ["exact_input", "partial_input", "premise"] as const satisfies readonly EdgeKind[];
export const EDGE_ORIGINS = ["auto", "teacher", "annotator"] as const satisfies readonly EdgeOrigin[];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const allKindsListed: Missing<EdgeKind, (typeof EDGE_KINDS)[number]> = true;
const allOriginsListed: Missing<EdgeOrigin, (typeof EDGE_ORIGINS)[number]> = true;
void allKindsListed;
void allOriginsListed;

/** React Flow edge id of a dependency edge; tests select edges by it (`.react-flow__edge[data-id="a->b"]`). */
export const edgeId = (source: string, target: string): string => `${source}->${target}`;

export const isEdgeKind = (value: string): value is EdgeKind => (EDGE_KINDS as readonly string[]).includes(value);
