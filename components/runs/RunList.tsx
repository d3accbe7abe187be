"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { pollInterval } from "@/lib/runs/progress-text";
import { useTRPC } from "@/lib/trpc/client";
import { RunCard } from "./RunCard";
import styles from "./runs.module.css";

/**
 * The project's runs, whichever process started them, newest first. Progress is polled: every half
 * second while a run moves, every few seconds otherwise so a run started from the CLI shows up.
 */
export function RunList({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { projectId };
  const runs = useQuery({ ...trpc.runs.list.queryOptions(input), refetchInterval: (query) => pollInterval(query.state.data ?? []) });
  const loose = useQuery({ ...trpc.runs.list.queryOptions({ unassigned: true }), refetchInterval: (query) => pollInterval(query.state.data ?? []) });
  const changed = async () => {
    await queryClient.invalidateQueries(trpc.runs.list.pathFilter());
  };
  return (
    <section className={styles.panel} aria-label="Runs" data-id="run-list">
      <h2 className={styles.panelTitle}>Runs</h2>
      {runs.isError && (
        <p role="alert" className="error">
          {runs.error.message}
        </p>
      )}
      {runs.data?.length === 0 && <p className={styles.note}>No run yet: start one, or run `magnet synth` on this project from the command line.</p>}
      <ul className={styles.runList}>
        {(runs.data ?? []).map((run) => (
          <RunCard key={run.runId} run={run} projectId={projectId} onChanged={changed} />
        ))}
      </ul>
      {(loose.data?.length ?? 0) > 0 && (
        <details data-id="unassigned-runs">
          <summary>Command-line runs of no project ({loose.data?.length})</summary>
          <p className={styles.note}>`magnet synth` and `magnet run` store runs outside any project; they are listed here so they can be followed and resumed.</p>
          <ul className={styles.runList}>
            {(loose.data ?? []).map((run) => (
              <RunCard key={run.runId} run={run} onChanged={changed} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
