"use client";

import {
  Background,
  Controls,
  getNodesBounds,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  useNodesState,
  useReactFlow,
  useStore,
  type EdgeChange,
  type EdgeTypes,
  type NodeMouseHandler,
  type NodeTypes,
} from "@xyflow/react";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import type { Cluster } from "@/lib/graph/cluster";
import type { GraphFlowEdge, GraphFlowNode } from "@/lib/graph/flow";
import { ClusterEdge } from "./ClusterEdge";
import { ClusterNode } from "./ClusterNode";
import { DependencyEdge } from "./DependencyEdge";
import { FunctionNode } from "./FunctionNode";

// Module scope, as React Flow asks: new objects on every render would remount every node.
const nodeTypes = { function: FunctionNode, cluster: ClusterNode } satisfies NodeTypes;
const edgeTypes = { dependency: DependencyEdge, cluster: ClusterEdge } satisfies EdgeTypes;

const MIN_ZOOM = 0.03;
const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1.25, minZoom: MIN_ZOOM } as const;
const PRO_OPTIONS = { hideAttribution: false } as const;

const miniMapColor = (node: GraphFlowNode): string =>
  node.type === "cluster" ? "#c7d2fe" : node.data.distance === 0 ? "#3451b2" : "#cbd5e1";

/** `next` with the positions its nodes already have in `current` (maybe dragged there). */
function keepPlaces(current: readonly GraphFlowNode[], next: GraphFlowNode[]): GraphFlowNode[] {
  const byId = new Map(current.map((node) => [node.id, node]));
  return next.map((node) => {
    const before = byId.get(node.id);
    return before && before.type === node.type ? ({ ...node, position: before.position } as GraphFlowNode) : node;
  });
}

export interface GraphCanvasProps {
  nodes: GraphFlowNode[];
  edges: GraphFlowEdge[];
  /** Changes when what is shown changes (not when the data under it does): the canvas then fits the view. */
  viewKey: string;
  onFocusFunction: (id: string) => void;
  onOpenCluster: (cluster: Cluster) => void;
  onSelectEdge: (id: string | null) => void;
  /** Called with `viewKey` once that view is measured, fitted and interactive. */
  onReady: (viewKey: string) => void;
}

/**
 * The React Flow canvas. Must sit inside a `ReactFlowProvider`. Nodes are state (they can be dragged);
 * edges are controlled by the caller, selection included.
 */
export const GraphCanvas = memo(function GraphCanvas({ nodes: laidOut, edges, viewKey, onFocusFunction, onOpenCluster, onSelectEdge, onReady }: GraphCanvasProps) {
  const [nodes, setNodes, onNodesChange] = useNodesState<GraphFlowNode>(laidOut);
  // Adopt a new layout during render (not in an effect) so a stale layout is never measured as the new view.
  const [shown, setShown] = useState({ laidOut, viewKey });
  if (shown.laidOut !== laidOut || shown.viewKey !== viewKey) {
    setShown({ laidOut, viewKey });
    // Same view, new data (an edit, the catalog's parameters): nodes stay where they are.
    setNodes(shown.viewKey === viewKey ? keepPlaces(nodes, laidOut) : laidOut);
  }

  const { setViewport, viewportInitialized } = useReactFlow<GraphFlowNode, GraphFlowEdge>();
  const nodesInitialized = useNodesInitialized();
  const storeHasOurNodes = useStore((state) => state.nodes === nodes);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const fitted = useRef<string | null>(null);

  // Fit each new view once React Flow has it (cards have fixed sizes, so no measuring pass is needed),
  // then report the view ready. The viewport is set directly: fitView() would wait a frame and re-render.
  useEffect(() => {
    if (!viewportInitialized || width === 0 || height === 0) return;
    if (shown.viewKey !== viewKey || fitted.current === viewKey) return;
    if (laidOut.length > 0 && (!nodesInitialized || !storeHasOurNodes)) return;
    fitted.current = viewKey;
    if (laidOut.length > 0) {
      const { padding, minZoom, maxZoom } = FIT_VIEW_OPTIONS;
      void setViewport(getViewportForBounds(getNodesBounds(laidOut), width, height, minZoom, maxZoom, padding));
    }
    // A stale key reported late is harmless: the caller compares it with the current one.
    onReady(viewKey);
  }, [viewportInitialized, width, height, nodesInitialized, storeHasOurNodes, viewKey, shown.viewKey, laidOut, setViewport, onReady]);

  const onNodeClick: NodeMouseHandler<GraphFlowNode> = useCallback(
    (_event, node) => {
      if (node.type === "cluster") onOpenCluster(node.data.cluster);
      else onFocusFunction(node.id);
    },
    [onFocusFunction, onOpenCluster],
  );

  // Edge selection (mouse or keyboard: Enter on a focused edge) arrives as a `select` change.
  const onEdgesChange = useCallback(
    (changes: EdgeChange<GraphFlowEdge>[]) => {
      const selected = changes.find((change) => change.type === "select" && change.selected);
      if (selected && selected.type === "select") onSelectEdge(selected.id);
    },
    [onSelectEdge],
  );
  const onEdgeClick = useCallback((_event: unknown, edge: GraphFlowEdge) => {
    if (edge.type === "dependency") onSelectEdge(edge.id);
  }, [onSelectEdge]);
  const onPaneClick = useCallback(() => onSelectEdge(null), [onSelectEdge]);

  return (
    <ReactFlow<GraphFlowNode, GraphFlowEdge>
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodeClick={onNodeClick}
      onEdgeClick={onEdgeClick}
      onPaneClick={onPaneClick}
      nodesConnectable={false}
      deleteKeyCode={null}
      minZoom={MIN_ZOOM}
      maxZoom={2}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      proOptions={PRO_OPTIONS}
    >
      <Background gap={24} size={1} />
      <MiniMap<GraphFlowNode> pannable zoomable nodeColor={miniMapColor} ariaLabel="Graph overview" />
      <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
    </ReactFlow>
  );
});
