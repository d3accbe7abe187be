"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FunctionFlowNode, ParameterInfo } from "@/lib/graph/flow";
import styles from "./graph.module.css";

const MAX_PARAMETERS = 8;

/** `a*, b, c*`: one text node per card (cards are many), required parameters starred. */
const parameterList = (parameters: readonly ParameterInfo[]): string =>
  parameters.map((parameter) => (parameter.required ? `${parameter.name}*` : parameter.name)).join(", ");

/** A function card: name, toolkit and category, parameters (required ones starred), in/out degree. */
export const FunctionNode = memo(function FunctionNode({ data, selected }: NodeProps<FunctionFlowNode>) {
  const { name, functionId, toolkit, category, parameters, allParameters, degree, distance } = data;
  const shown = parameters.slice(0, MAX_PARAMETERS);
  const className = [styles.functionNode, distance === 0 ? styles.focusNode : "", selected ? styles.selectedNode : ""].join(" ");
  return (
    <div className={className} title={functionId} data-distance={distance}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      {/* Keyboard users focus a function with this button; the click bubbles to React Flow's onNodeClick. */}
      <button type="button" className={`nokey ${styles.nodeTitle}`} aria-label={`Focus on ${functionId}`}>
        {name}
      </button>
      <div className={styles.nodeMeta}>
        <span data-field="toolkit">{toolkit}</span> · <span data-field="category">{category}</span>
      </div>
      <div className={styles.params} data-field="parameters" title={parameterList(parameters)}>
        {parameters.length > 0 ? parameterList(shown) : allParameters ? <span className={styles.noParams}>no parameters</span> : null}
        {parameters.length > shown.length ? ` +${parameters.length - shown.length} more` : null}
      </div>
      <div className={styles.degree} data-field="degree">
        in {degree.in} · out {degree.out}
        {distance !== undefined && distance > 0 ? ` · ${distance} hop${distance > 1 ? "s" : ""}` : null}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
