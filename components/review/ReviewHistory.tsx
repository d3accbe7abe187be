import type { HistoryEntry } from "@/lib/review/types";
import styles from "./review.module.css";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "short", timeStyle: "medium" });

function EditDiff({ entry }: { entry: HistoryEntry }) {
  if (!entry.before || !entry.after) return null;
  const { before, after } = entry;
  return (
    <details className={styles.diff}>
      <summary>what changed</summary>
      {before.query !== after.query && (
        <div>
          <span className="muted">query</span>
          <del>{before.query}</del>
          <ins>{after.query}</ins>
        </div>
      )}
      {after.calls.map((call, k) =>
        before.calls[k]?.arguments === call.arguments ? null : (
          <div key={k}>
            <span className="muted">
              call {k + 1} <code>{call.name}</code>
            </span>
            <del>
              <code>{before.calls[k]?.arguments}</code>
            </del>
            <ins>
              <code>{call.arguments}</code>
            </ins>
          </div>
        ),
      )}
    </details>
  );
}

/** Every decision, comment and edit, newest first: nothing is ever overwritten. */
export function ReviewHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  return (
    <section className={styles.history} data-id="review-history" aria-labelledby="review-history-title">
      <h3 id="review-history-title">History</h3>
      {entries.length === 0 ? (
        <p className="muted">No decision yet.</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} data-id="history-entry" data-action={entry.action} data-reviewer={entry.reviewer} data-version={entry.version}>
              <span>
                <strong>{entry.reviewer}</strong> {entry.action}
                {entry.turn !== null && ` turn ${entry.turn + 1}`}
              </span>
              <span className="muted">
                v{entry.version} · <time dateTime={entry.createdAt}>{when(entry.createdAt)}</time>
              </span>
              {entry.comment && <q className={styles.comment}>{entry.comment}</q>}
              <EditDiff entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
