"use client";

import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { DependencyFlowEdge } from "@/lib/graph/flow";
import { edgeStroke } from "@/lib/graph/style";

/** A dependency: dash pattern by kind, width and opacity by weight, colour by origin. */
export const DependencyEdge = memo(function DependencyEdge(props: EdgeProps<DependencyFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const style = data ? edgeStroke(data.kind, data.weight, data.origin, selected) : undefined;
  return <BaseEdge path={path} markerEnd={markerEnd} style={style} interactionWidth={14} />;
});
