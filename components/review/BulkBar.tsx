"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorText } from "@/lib/review/conflict";
import type { QueueFilters } from "@/lib/review/types";
import { useTRPC } from "@/lib/trpc/client";
import type { ReviewDecisionKind } from "@/server/pipeline/schemas/review";
import styles from "./review.module.css";

const verbs: Record<ReviewDecisionKind, string> = { accepted: "Accept", rejected: "Reject", "needs-edit": "Mark needs-edit" };
const decisions: readonly ReviewDecisionKind[] = ["accepted", "rejected", "needs-edit"];

/** Decide every trajectory the current filters match, after saying how many that is. */
export function BulkBar({
  selection,
  total,
  reviewer,
  disabled,
}: {
  selection: { projectId: number; runId?: number; filters: QueueFilters; search?: string };
  total: number | undefined;
  reviewer: string;
  disabled: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asked, setAsked] = useState<ReviewDecisionKind>();
  const bulk = useMutation(
    trpc.reviews.bulkDecide.mutationOptions({
      onSuccess: () => {
        setAsked(undefined);
        return queryClient.invalidateQueries(trpc.reviews.pathFilter());
      },
    }),
  );
  if (total === undefined || total === 0) return null;
  const count = total.toLocaleString("en");
  return (
    <div className={styles.bulk} data-id="bulk-bar">
      {asked === undefined ? (
        <div className="row">
          {decisions.map((decision) => (
            <button
              key={decision}
              type="button"
              data-id={`bulk-${decision}`}
              disabled={disabled || bulk.isPending}
              onClick={() => {
                bulk.reset();
                setAsked(decision);
              }}
            >
              {verbs[decision]} all {count} matching
            </button>
          ))}
        </div>
      ) : (
        <div className={styles.confirm} role="alertdialog" aria-label="Confirm the bulk decision">
          <span>
            {verbs[asked]} all <strong>{count}</strong> trajectories matching the current filters, as {reviewer}? Each gets its own history entry.
          </span>
          <button type="button" className="primary" data-id="bulk-confirm" disabled={bulk.isPending} onClick={() => bulk.mutate({ ...selection, decision: asked, reviewer })}>
            {bulk.isPending ? "Saving…" : "Confirm"}
          </button>
          <button type="button" data-id="bulk-cancel" onClick={() => setAsked(undefined)}>
            Cancel
          </button>
        </div>
      )}
      {bulk.isSuccess && (
        <p className={styles.outcome} data-id="bulk-outcome" role="status">
          {bulk.data.count.toLocaleString("en")} trajectories {bulk.variables.decision}.
        </p>
      )}
      {bulk.isError && (
        <p className="error" role="alert">
          {errorText(bulk.error)}
        </p>
      )}
    </div>
  );
}
