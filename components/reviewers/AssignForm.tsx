"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/paths/errors";
import stage from "@/components/ui/stage.module.css";
import { useTRPC } from "@/lib/trpc/client";
import { reviewStatus, type ReviewStatus } from "@/server/pipeline/schemas/review";
import styles from "./reviewers.module.css";

/** The admin spreads records of one status (of one run, or all) across chosen reviewers, N reviews per record. */
export function AssignForm({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const people = useQuery(trpc.accounts.list.queryOptions());
  const facets = useQuery(trpc.reviews.facets.queryOptions({ projectId }));
  const [runId, setRunId] = useState<number>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [perRecord, setPerRecord] = useState(2);
  const [status, setStatus] = useState<ReviewStatus>("pending");
  const [limit, setLimit] = useState("");
  const assign = useMutation(
    trpc.assignments.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.assignments.pathKey() }),
    }),
  );
  const reviewers = (people.data ?? []).filter((p) => p.role !== "annotator");
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const limitValue = limit.trim() === "" ? undefined : Number(limit);
  return (
    <section className={stage.panel} data-id="assign-form">
      <h2 className={stage.panelTitle}>Assign records</h2>
      <div className={styles.people}>
        {reviewers.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} data-id={`assign-${p.email}`} /> {p.name}
          </label>
        ))}
      </div>
      <div className={styles.row}>
        <label>
          Reviews per record
          <input type="number" min={1} max={10} value={perRecord} onChange={(e) => setPerRecord(Number(e.target.value))} data-id="assign-per-record" />
        </label>
        <label>
          Run
          <select value={runId ?? ""} onChange={(e) => setRunId(e.target.value === "" ? undefined : Number(e.target.value))} data-id="assign-run">
            <option value="">all runs</option>
            {(facets.data?.runs ?? []).map((run) => (
              <option key={run.runId} value={run.runId}>
                {run.name} ({run.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Records with status
          <select value={status} onChange={(e) => setStatus(reviewStatus.parse(e.target.value))}>
            {reviewStatus.options.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          At most (records)
          <input type="number" min={1} value={limit} placeholder="all" onChange={(e) => setLimit(e.target.value)} data-id="assign-limit" />
        </label>
        <button
          type="button"
          data-id="assign-submit"
          disabled={chosen.size === 0 || assign.isPending}
          onClick={() => assign.mutate({ projectId, runId, reviewerIds: [...chosen], perRecord, status, ...(limitValue ? { limit: limitValue } : {}) })}
        >
          Assign
        </button>
      </div>
      {assign.data && (
        <p data-id="assign-result">
          {assign.data.assignments} reviews assigned over {assign.data.records} records.
        </p>
      )}
      {(assign.error ?? people.error) && (
        <p role="alert" className="error">
          {errorMessage(assign.error ?? people.error)}
        </p>
      )}
    </section>
  );
}
