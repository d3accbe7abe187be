"use client";

import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import stage from "@/components/ui/stage.module.css";
import { percent } from "./format";
import styles from "./reviewers.module.css";

type Reviewer = inferRouterOutputs<AppRouter>["assignments"]["agreement"]["reviewers"][number];

/** Each reviewer's assigned, done and open records, and how often they side with the others' majority. */
export function ReviewerTable({ reviewers }: { reviewers: readonly Reviewer[] }) {
  return (
    <section className={stage.panel}>
      <h2 className={stage.panelTitle}>Reviewers</h2>
      {reviewers.length === 0 ? (
        <p className="muted">Nobody is assigned yet.</p>
      ) : (
        <table className={styles.table} data-id="reviewer-table">
          <thead>
            <tr>
              <th>reviewer</th>
              <th>assigned</th>
              <th>done</th>
              <th>open</th>
              <th>with the majority (trajectories)</th>
              <th>(turns)</th>
            </tr>
          </thead>
          <tbody>
            {reviewers.map((r) => (
              <tr key={r.id} data-id={`reviewer-${r.email}`}>
                <td>{r.name}</td>
                <td>{r.assigned}</td>
                <td data-id="reviewer-done">{r.done}</td>
                <td>{r.open}</td>
                <td>
                  {percent(r.trajectory.agreement)} <span className="muted">of {r.trajectory.items}</span>
                </td>
                <td>
                  {percent(r.turn.agreement)} <span className="muted">of {r.turn.items}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
