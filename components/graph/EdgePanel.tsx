"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { KIND_LABEL } from "@/lib/graph/style";
import type { EdgeKind, GraphEdge } from "@/lib/graph/types";
import { useTRPC } from "@/lib/trpc/client";
import styles from "./graph.module.css";
import { EdgeKindSelect } from "./EdgeKindSelect";
import { Outcome } from "./Outcome";

export interface EdgePanelProps {
  projectId: number;
  edge: GraphEdge;
  onClose: () => void;
  onRemoved: (message: string) => void;
  onFocusFunction: (id: string) => void;
}

/** An edge's evidence, with re-weighting and removal (both stored as annotator edits). */
export function EdgePanel({ projectId, edge, onClose, onRemoved, onFocusFunction }: EdgePanelProps) {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.graph.get.queryKey({ projectId }) });
  const [weight, setWeight] = useState(String(edge.weight));
  const [kind, setKind] = useState<EdgeKind>(edge.kind);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const reweight = useMutation(
    trpc.graph.reweightEdge.mutationOptions({
      onSuccess: async (updated) => {
        setSaved(`Saved: weight ${updated.weight}, ${KIND_LABEL[updated.kind]}`);
        await invalidate();
      },
    }),
  );
  const remove = useMutation(
    trpc.graph.removeEdge.mutationOptions({
      onSuccess: async () => {
        onRemoved(`Removed ${edge.source} → ${edge.target}`);
        await invalidate();
      },
    }),
  );

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    reweight.mutate({ projectId, source: edge.source, target: edge.target, weight: Number(weight), kind });
  };

  const titleId = `${id}-title`;
  return (
    <section className={styles.panel} data-testid="edge-panel" data-id={`${edge.source}->${edge.target}`} aria-labelledby={titleId}>
      <div className={styles.panelHeader}>
        <h2 id={titleId}>Edge</h2>
        <button type="button" className={styles.closeButton} onClick={onClose} aria-label="Close edge details">
          ×
        </button>
      </div>
      <p className={styles.ends}>
        <button type="button" className={styles.linkButton} onClick={() => onFocusFunction(edge.source)} title="Focus on the source">
          {edge.source}
        </button>{" "}
        →{" "}
        <button type="button" className={styles.linkButton} onClick={() => onFocusFunction(edge.target)} title="Focus on the target">
          {edge.target}
        </button>
      </p>
      <dl className={styles.facts}>
        <dt>Kind</dt>
        <dd data-testid="edge-kind">{edge.kind}</dd>
        <dt>Weight</dt>
        <dd data-testid="edge-weight">{edge.weight}</dd>
        <dt>Origin</dt>
        <dd data-testid="edge-origin">{edge.origin}</dd>
        <dt>Nested</dt>
        <dd data-testid="edge-nested">{edge.nested ? "yes" : "no"}</dd>
      </dl>
      <h3 className={styles.status}>Evidence</h3>
      {edge.evidence.fields.length === 0 ? (
        <p className={styles.status} data-testid="edge-evidence">No field matches.</p>
      ) : (
        <ul className={styles.evidence} data-testid="edge-evidence">
          {edge.evidence.fields.map((field) => (
            <li key={`${field.output}\u0000${field.parameter}`}>
              <code>{field.output}</code> → <code>{field.parameter}</code> ({field.score.toFixed(2)})
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.status}>Shared terms</h3>
      {edge.evidence.terms.length === 0 ? (
        <p className={styles.status} data-testid="edge-terms">None.</p>
      ) : (
        <ul className={styles.terms} data-testid="edge-terms">
          {edge.evidence.terms.map((term) => (
            <li key={term}>{term}</li>
          ))}
        </ul>
      )}
      {edge.evidence.reason ? (
        <>
          <h3 className={styles.status}>Reason</h3>
          <p data-testid="edge-reason">{edge.evidence.reason}</p>
        </>
      ) : null}

      <form onSubmit={save} aria-label="Re-weight edge">
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor={`${id}-weight`}>Weight</label>
            <input
              id={`${id}-weight`}
              type="number"
              min={0}
              max={1}
              step={0.01}
              required
              value={weight}
              onChange={(event) => setWeight(event.target.value)}
              data-testid="edge-weight-input"
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-kind`}>Kind</label>
            <EdgeKindSelect id={`${id}-kind`} value={kind} onChange={setKind} />
          </div>
          <button type="submit" className="primary" disabled={reweight.isPending}>
            Save weight
          </button>
        </div>
        <Outcome error={reweight.error} done={saved} />
      </form>

      {confirming ? (
        <div className={styles.confirm} role="group" aria-label="Confirm removal">
          <p style={{ margin: "0 0 0.4rem" }}>Remove this edge? It stays removed after rebuilds.</p>
          <div className={styles.row}>
            <button type="button" className="danger" onClick={() => remove.mutate({ projectId, source: edge.source, target: edge.target })} disabled={remove.isPending}>
              Yes, remove
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <p style={{ margin: "0.5rem 0 0" }}>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Remove edge
          </button>
        </p>
      )}
      <Outcome error={remove.error} />
    </section>
  );
}
