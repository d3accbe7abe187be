"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/components/paths/errors";
import { ExportFiles } from "./ExportFiles";
import styles from "./export.module.css";

/** The project's earlier exports, newest first, each with its settings in short and its files. */
export function ExportHistory({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.exports.list.queryOptions({ projectId }));
  return (
    <section className={styles.panel} data-id="export-history" aria-labelledby="history-title">
      <h2 className={styles.panelTitle} id="history-title">
        Earlier exports
      </h2>
      {list.isError && (
        <p role="alert" className="error">
          {errorMessage(list.error)}
        </p>
      )}
      {list.data?.length === 0 && <p className="muted">None yet.</p>}
      {list.data && list.data.length > 0 && (
        <ul className={styles.history}>
          {list.data.map((item) => (
            <li key={item.exportId} data-id="export-entry" data-export-id={item.exportId}>
              <details>
                <summary>
                  #{item.exportId} · {new Date(item.createdAt).toLocaleString()} · {item.settings.formats.join(", ")} · {item.settings.statuses.join("/")} · {item.positives} positives,{" "}
                  {item.pairs} pairs ({item.splits.train} / {item.splits.validation})
                </summary>
                <ExportFiles exportId={item.exportId} files={item.files} linkId="history-file" />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
