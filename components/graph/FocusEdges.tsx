"use client";

import { memo } from "react";
import { KIND_LABEL } from "@/lib/graph/style";
import { edgeId, type GraphEdge } from "@/lib/graph/types";
import styles from "./graph.module.css";

export interface FocusEdgesProps {
  focus: string;
  /** The drawn edges into and out of the focus. */
  edges: readonly GraphEdge[];
  selectedEdgeId: string | null;
  onSelectEdge: (id: string) => void;
}

/** The focused function's edges as a list: a keyboard- and reader-friendly way to open an edge's evidence. */
export const FocusEdges = memo(function FocusEdges({ focus, edges, selectedEdgeId, onSelectEdge }: FocusEdgesProps) {
  const outgoing = edges.filter((edge) => edge.source === focus).sort((a, b) => b.weight - a.weight);
  const incoming = edges.filter((edge) => edge.target === focus).sort((a, b) => b.weight - a.weight);
  const item = (edge: GraphEdge, other: string, arrow: string) => {
    const id = edgeId(edge.source, edge.target);
    return (
      <li key={id}>
        <button
          type="button"
          className={styles.linkButton}
          onClick={() => onSelectEdge(id)}
          aria-pressed={selectedEdgeId === id}
          data-id={id}
          title={`${KIND_LABEL[edge.kind]}, weight ${edge.weight}, ${edge.origin}`}
        >
          {arrow} {other}
        </button>{" "}
        <span className={styles.edgeMeta}>
          {KIND_LABEL[edge.kind]} · {edge.weight}
        </span>
      </li>
    );
  };
  return (
    <section className={styles.panel} data-testid="focus-edges" aria-labelledby="focus-edges-title">
      <h2 id="focus-edges-title">Edges of {focus}</h2>
      {outgoing.length + incoming.length === 0 ? <p className={styles.status}>None with these filters.</p> : null}
      {outgoing.length > 0 ? (
        <>
          <h3 className={styles.status}>Out ({outgoing.length})</h3>
          <ul className={styles.edgeList}>{outgoing.map((edge) => item(edge, edge.target, "→"))}</ul>
        </>
      ) : null}
      {incoming.length > 0 ? (
        <>
          <h3 className={styles.status}>In ({incoming.length})</h3>
          <ul className={styles.edgeList}>{incoming.map((edge) => item(edge, edge.source, "←"))}</ul>
        </>
      ) : null}
    </section>
  );
});
