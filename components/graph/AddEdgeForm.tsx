"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { memo, useId, useState, type FormEvent } from "react";
import { edgeId, type EdgeKind } from "@/lib/graph/types";
import { useTRPC } from "@/lib/trpc/client";
import styles from "./graph.module.css";
import { EdgeKindSelect } from "./EdgeKindSelect";
import { Outcome } from "./Outcome";

export interface AddEdgeFormProps {
  projectId: number;
  /** Id of a `<datalist>` of function ids (rendered once by the explorer). */
  functionListId: string;
  /** Source prefilled from the focused function, if any. */
  defaultSource?: string;
  onAdded: (edgeId: string) => void;
}

/** Adds an annotator edge (kept across rebuilds). */
export const AddEdgeForm = memo(function AddEdgeForm({ projectId, functionListId, defaultSource, onAdded }: AddEdgeFormProps) {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [source, setSource] = useState(defaultSource ?? "");
  // Follow the focus into an untouched source field.
  const [seenDefault, setSeenDefault] = useState(defaultSource);
  if (seenDefault !== defaultSource) {
    setSeenDefault(defaultSource);
    if (source === "" || source === seenDefault) setSource(defaultSource ?? "");
  }
  const [target, setTarget] = useState("");
  const [kind, setKind] = useState<EdgeKind>("exact_input");
  const [weight, setWeight] = useState("1");
  const [nested, setNested] = useState(false);
  const [reason, setReason] = useState("");
  const [added, setAdded] = useState<string | null>(null);

  const add = useMutation(
    trpc.graph.addEdge.mutationOptions({
      onSuccess: async (edge) => {
        setAdded(`Added ${edge.source} → ${edge.target}`);
        setTarget("");
        setReason("");
        await queryClient.invalidateQueries({ queryKey: trpc.graph.get.queryKey({ projectId }) });
        onAdded(edgeId(edge.source, edge.target));
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    add.mutate({
      projectId,
      edge: { source: source.trim(), target: target.trim(), kind, weight: Number(weight), nested, ...(reason.trim() ? { reason: reason.trim() } : {}) },
    });
  };

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add an edge</h2>
      <form onSubmit={submit} data-testid="add-edge" aria-label="Add an edge">
        <div className={styles.field}>
          <label htmlFor={`${id}-source`}>Source function</label>
          <input id={`${id}-source`} list={functionListId} required autoComplete="off" value={source} onChange={(event) => setSource(event.target.value)} data-testid="add-edge-source" />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-target`}>Target function</label>
          <input id={`${id}-target`} list={functionListId} required autoComplete="off" value={target} onChange={(event) => setTarget(event.target.value)} data-testid="add-edge-target" />
        </div>
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor={`${id}-kind`}>Kind</label>
            <EdgeKindSelect id={`${id}-kind`} value={kind} onChange={setKind} testId="add-edge-kind" />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-weight`}>Weight</label>
            <input id={`${id}-weight`} type="number" min={0} max={1} step={0.01} required value={weight} onChange={(event) => setWeight(event.target.value)} style={{ width: "5rem" }} data-testid="add-edge-weight" />
          </div>
        </div>
        <label className={styles.checkbox}>
          <input type="checkbox" checked={nested} onChange={(event) => setNested(event.target.checked)} />
          Nested (output fills an input in the same turn)
        </label>
        <div className={styles.field}>
          <label htmlFor={`${id}-reason`}>Reason</label>
          <input id={`${id}-reason`} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} placeholder="optional" data-testid="add-edge-reason" />
        </div>
        <div>
          <button type="submit" className="primary" disabled={add.isPending}>
            Add edge
          </button>
        </div>
        <Outcome error={add.error} done={added} />
      </form>
    </section>
  );
});
