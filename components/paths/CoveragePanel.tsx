"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { formatShare } from "@/lib/paths";
import { errorMessage } from "./errors";
import styles from "./paths.module.css";

function Bar({ covered, total }: { covered: number; total: number }) {
  const pct = total === 0 ? 0 : (covered / total) * 100;
  return (
    <span className={styles.bar} aria-hidden>
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}

const top = (record: Record<string, number>, n: number) =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n);

/** How much of the graph the stored paths use (paths.coverage). */
export function CoveragePanel({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const coverage = useQuery(trpc.paths.coverage.queryOptions({ projectId }));
  return (
    <section className={styles.panel} data-testid="coverage" aria-labelledby="coverage-title">
      <h2 className={styles.panelTitle} id="coverage-title">
        Coverage
      </h2>
      {coverage.isPending && <p className="muted">Counting…</p>}
      {coverage.isError && (
        <p role="alert" className="error">
          {errorMessage(coverage.error)}
        </p>
      )}
      {coverage.data && (
        <>
          <div className={styles.coverage}>
            <div className={styles.coverageRow} data-testid="coverage-functions" data-covered={coverage.data.summary.functions.covered} data-total={coverage.data.summary.functions.total}>
              <span>Functions covered</span>
              <strong>{formatShare(coverage.data.summary.functions)}</strong>
              <Bar {...coverage.data.summary.functions} />
            </div>
            <div className={styles.coverageRow} data-testid="coverage-edges" data-covered={coverage.data.summary.edges.covered} data-total={coverage.data.summary.edges.total}>
              <span>Edges covered</span>
              <strong>{formatShare(coverage.data.summary.edges)}</strong>
              <Bar {...coverage.data.summary.edges} />
            </div>
          </div>
          <p className="muted">over {coverage.data.summary.paths} stored paths</p>
          {coverage.data.summary.paths > 0 && (
            <details className={styles.mostUsed}>
              <summary>Most used</summary>
              <ol>
                {top(coverage.data.counts.functions, 6).map(([id, n]) => (
                  <li key={id}>
                    <code>{id}</code> ×{n}
                  </li>
                ))}
              </ol>
              <ol>
                {top(coverage.data.counts.edges, 6).map(([id, n]) => (
                  <li key={id}>
                    <code>{id}</code> ×{n}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}
