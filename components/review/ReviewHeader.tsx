"use client";

import type { ReviewFacets } from "@/lib/review/types";
import { StatusBadge } from "./StatusBadge";
import styles from "./review.module.css";

/** Who reviews (the account signed in, or a name kept in this browser), how far the review is, and the shortcuts. */
export function ReviewHeader({
  reviewer,
  facets,
  onHelp,
}: {
  reviewer: { name: string; problem?: string; change: (name: string) => void; signedIn: boolean };
  facets: ReviewFacets | undefined;
  onHelp: () => void;
}) {
  return (
    <header className={styles.header}>
      {reviewer.signedIn ? (
        <p className={styles.reviewerField}>
          <span>Reviewer</span> <strong data-id="reviewer-signed-in">{reviewer.name}</strong>
        </p>
      ) : (
        <label className={styles.reviewerField}>
          <span>Reviewer</span>
          <input
            data-id="reviewer-name"
            value={reviewer.name}
            maxLength={120}
            aria-invalid={reviewer.problem !== undefined}
            aria-describedby={reviewer.problem ? "reviewer-problem" : undefined}
            onChange={(e) => reviewer.change(e.target.value)}
          />
        </label>
      )}
      {reviewer.problem && (
        <span id="reviewer-problem" className="error" role="alert">
          {reviewer.problem}
        </span>
      )}
      {facets && (
        <p className={styles.progress} data-id="review-progress">
          {facets.statuses.map((s) => (
            <span key={s.status} data-status={s.status}>
              <StatusBadge status={s.status} /> {s.count.toLocaleString("en")}
            </span>
          ))}
          <span className="muted">of {facets.total.toLocaleString("en")}</span>
        </p>
      )}
      <button type="button" className={styles.helpButton} data-id="shortcut-help-open" onClick={onHelp} aria-keyshortcuts="?">
        Shortcuts <kbd>?</kbd>
      </button>
    </header>
  );
}
