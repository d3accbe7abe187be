"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { errorMessage } from "@/components/paths/errors";
import { useTRPC } from "@/lib/trpc/client";
import styles from "./accounts.module.css";

const PAGE = 50;

/** The newest changes and refusals first, with who made them and what they sent (secrets removed). */
export function AuditLog() {
  const trpc = useTRPC();
  const log = useInfiniteQuery(
    trpc.accounts.audit.infiniteQueryOptions({ limit: PAGE }, { getNextPageParam: (last) => (last.length < PAGE ? undefined : last.at(-1)?.id) }),
  );
  if (log.isError)
    return (
      <p role="alert" className="error">
        {errorMessage(log.error)}
      </p>
    );
  const entries = log.data?.pages.flat() ?? [];
  return (
    <section className={styles.people} data-id="audit-log">
      <h2>Audit log</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>when</th>
            <th>who</th>
            <th>what</th>
            <th>outcome</th>
            <th>details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-id="audit-entry">
              <td>{entry.createdAt.replace("T", " ").slice(0, 19)}</td>
              <td>
                {entry.actor} <span className="muted">({entry.role})</span>
              </td>
              <td>{entry.action}</td>
              <td>{entry.outcome}</td>
              <td className={styles.detail}>{entry.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.hasNextPage && (
        <button type="button" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          Older entries
        </button>
      )}
    </section>
  );
}
