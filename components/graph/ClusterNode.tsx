"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { ClusterFlowNode } from "@/lib/graph/flow";
import styles from "./graph.module.css";

/** A toolkit or category standing for its functions; clicking it opens (filters to) it. */
export const ClusterNode = memo(function ClusterNode({ data }: NodeProps<ClusterFlowNode>) {
  const { by, key, functions, toolkits, internalEdges, inEdges, outEdges } = data.cluster;
  return (
    <div className={styles.clusterNode} title={`${by} ${key}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className={styles.clusterBy}>{by}</div>
      <button type="button" className={`nokey ${styles.nodeTitle}`} aria-label={`Open ${by} ${key}`}>
        {key}
      </button>
      <div data-field="functions">
        {functions} function{functions === 1 ? "" : "s"}
        {by === "category" ? ` · ${toolkits} toolkit${toolkits === 1 ? "" : "s"}` : null}
      </div>
      <div className={styles.degree} data-field="edges">
        {internalEdges} inside · in {inEdges} · out {outEdges}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
