"use client";

import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { ClusterFlowEdge } from "@/lib/graph/flow";
import { clusterEdgeWidth } from "@/lib/graph/style";

const LABEL_STYLE = { fontSize: 11, fill: "#334155" };
const LABEL_BG = { fill: "#f8fafc" };

/** Edges between two clusters, counted: width grows with the count, the count is the label. */
export const ClusterEdge = memo(function ClusterEdge(props: EdgeProps<ClusterFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const count = data?.count ?? 0;
  return (
    <BaseEdge
      path={path}
      markerEnd={markerEnd}
      style={{ stroke: "#94a3b8", strokeWidth: clusterEdgeWidth(count) }}
      label={String(count)}
      labelX={labelX}
      labelY={labelY}
      labelStyle={LABEL_STYLE}
      labelBgStyle={LABEL_BG}
      labelShowBg
      labelBgPadding={[3, 1]}
    />
  );
});
