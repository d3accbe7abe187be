import type { PendingConflict } from "./use-review-actions";
import { StatusBadge } from "./StatusBadge";
import styles from "./review.module.css";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium" });

/** Someone saved this trajectory after it was opened here: what they did, and the two ways on. */
export function ConflictNotice({ conflict, onTakeTheirs }: { conflict: PendingConflict; onTakeTheirs: () => void }) {
  const { current } = conflict;
  const last = current.last;
  return (
    <div className={styles.conflict} data-id="review-conflict" data-other-reviewer={last?.reviewer} data-other-action={last?.action} data-version={current.version} role="alert">
      <p>
        <strong>Not saved: this trajectory changed since you opened it.</strong>{" "}
        {last ? (
          <>
            <span data-id="conflict-reviewer">{last.reviewer}</span> {last.action === "edited" ? "edited" : `decided ${last.action}`}
            {last.turn !== null && ` on turn ${last.turn + 1}`} at <time dateTime={last.createdAt}>{when(last.createdAt)}</time>
            {last.comment && <> (“{last.comment}”)</>}.
          </>
        ) : (
          "Another reviewer saved it."
        )}{" "}
        It is now <StatusBadge status={current.status} /> at version {current.version}.
      </p>
      <div className="row">
        <button type="button" className="primary" data-id="conflict-keep-mine" onClick={conflict.keepMine}>
          Keep mine
        </button>
        <button type="button" data-id="conflict-take-theirs" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <span className="muted">Keep mine saves your change on top; both stay in the history.</span>
      </div>
    </div>
  );
}
