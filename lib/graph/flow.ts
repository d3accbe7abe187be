import { MarkerType, Position, type Edge, type Node, type NodeHandle } from "@xyflow/react";
import type { Cluster } from "./cluster";
import { degreeOf, type Degree } from "./degree";
import type { Point } from "./layout";
import { CLUSTER_NODE_SIZE, FUNCTION_NODE_SIZE } from "./layout-view";
import { edgeStroke } from "./style";
import { edgeId, type EdgeKind, type EdgeOrigin, type GraphNode } from "./types";
import type { GraphView } from "./view";

const HANDLE = 6;

/**
 * Where React Flow's default 6 px handles sit on a card of this size (target left, source right,
 * vertically centred), so that edges can be drawn before the DOM is measured.
 */
function sized(size: { width: number; height: number }): Pick<Node, "width" | "height" | "measured" | "handles"> {
  const y = size.height / 2 - HANDLE / 2;
  const handles: NodeHandle[] = [
    { type: "target", position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { type: "source", position: Position.Right, x: size.width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
  return { width: size.width, height: size.height, measured: { ...size }, handles };
}

export interface ParameterInfo {
  name: string;
  required: boolean;
}

export type FunctionNodeData = {
  functionId: string;
  name: string;
  toolkit: string;
  category: string;
  /** Parameter names in schema order; only the required ones until the catalog has loaded. */
  parameters: readonly ParameterInfo[];
  /** False while `parameters` holds the required ones only. */
  allParameters: boolean;
  /** Over the whole graph, not the filtered view. */
  degree: Degree;
  /** Hops from the focus in focus mode. */
  distance?: number;
};
export type FunctionFlowNode = Node<FunctionNodeData, "function">;

export type ClusterNodeData = { cluster: Cluster };
export type ClusterFlowNode = Node<ClusterNodeData, "cluster">;

export type GraphFlowNode = FunctionFlowNode | ClusterFlowNode;

export type DependencyEdgeData = { kind: EdgeKind; weight: number; origin: EdgeOrigin; nested: boolean };
export type DependencyFlowEdge = Edge<DependencyEdgeData, "dependency">;

export type ClusterEdgeData = { count: number; maxWeight: number };
export type ClusterFlowEdge = Edge<ClusterEdgeData, "cluster">;

export type GraphFlowEdge = DependencyFlowEdge | ClusterFlowEdge;

export interface FlowGraph {
  nodes: GraphFlowNode[];
  edges: GraphFlowEdge[];
}

export interface FlowContext {
  degrees: ReadonlyMap<string, Degree>;
  /** Function id → its parameters (from the catalog); missing ones fall back to the node's `required`. */
  parameters?: ReadonlyMap<string, readonly ParameterInfo[]>;
}

const fallbackParameters = (node: GraphNode): ParameterInfo[] => (node.required ?? []).map((name) => ({ name, required: true }));

const ORIGIN: Point = { x: 0, y: 0 };

/** React Flow nodes and edges for a view laid out by `layoutView`. Edge ids are `${source}->${target}`. */
export function toFlow(view: GraphView, positions: ReadonlyMap<string, Point>, context: FlowContext): FlowGraph {
  if (view.mode === "clusters") {
    return {
      nodes: view.clusters.map(
        (cluster): ClusterFlowNode => ({
          id: cluster.id,
          type: "cluster",
          position: positions.get(cluster.id) ?? ORIGIN,
          ...sized(CLUSTER_NODE_SIZE),
          data: { cluster },
          ariaLabel: `${cluster.by} ${cluster.key}: ${cluster.functions} functions`,
        }),
      ),
      edges: view.edges.map(
        (edge): ClusterFlowEdge => ({
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: "cluster",
          data: { count: edge.count, maxWeight: edge.maxWeight },
          selectable: false,
          focusable: false,
          markerEnd: { type: MarkerType.ArrowClosed, color: "#94a3b8", width: 14, height: 14 },
          ariaLabel: `${edge.count} edges from ${edge.source} to ${edge.target}`,
        }),
      ),
    };
  }

  const distances = view.mode === "focus" ? view.distances : undefined;
  return {
    nodes: view.nodes.map(
      (node): FunctionFlowNode => ({
        id: node.id,
        type: "function",
        position: positions.get(node.id) ?? ORIGIN,
        ...sized(FUNCTION_NODE_SIZE),
        data: {
          functionId: node.id,
          name: node.name,
          toolkit: node.toolkit,
          category: node.category,
          parameters: context.parameters?.get(node.id) ?? fallbackParameters(node),
          allParameters: context.parameters?.has(node.id) ?? false,
          degree: degreeOf(context.degrees, node.id),
          ...(distances ? { distance: distances.get(node.id) ?? 0 } : {}),
        },
        ariaLabel: `${node.name} (${node.toolkit})`,
      }),
    ),
    edges: view.edges.map(
      (edge): DependencyFlowEdge => ({
        id: edgeId(edge.source, edge.target),
        source: edge.source,
        target: edge.target,
        type: "dependency",
        data: { kind: edge.kind, weight: edge.weight, origin: edge.origin, nested: edge.nested },
        markerEnd: { type: MarkerType.ArrowClosed, color: edgeStroke(edge.kind, edge.weight, edge.origin).stroke, width: 14, height: 14 },
        ariaLabel: `${edge.kind} edge from ${edge.source} to ${edge.target}, weight ${edge.weight}`,
        domAttributes: { "data-kind": edge.kind, "data-origin": edge.origin } as Edge["domAttributes"],
      }),
    ),
  };
}

/** Parameter names of a catalog function in schema order, required ones marked. */
export function parametersOf(schema: { properties?: Record<string, unknown>; required?: readonly string[] }): ParameterInfo[] {
  const required = new Set(schema.required ?? []);
  const names = Object.keys(schema.properties ?? {});
  for (const name of required) if (!names.includes(name)) names.push(name);
  return names.map((name) => ({ name, required: required.has(name) }));
}
