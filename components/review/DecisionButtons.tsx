import type { ReviewDecisionKind, ReviewStatus } from "@/server/pipeline/schemas/review";
import styles from "./review.module.css";

const labels: Record<ReviewDecisionKind, string> = { accepted: "Accept", rejected: "Reject", "needs-edit": "Needs edit" };
const decisions: readonly ReviewDecisionKind[] = ["accepted", "rejected", "needs-edit"];

/** Accept / reject / needs-edit, the current status pressed; `data-id` is `<prefix>-<decision>`. */
export function DecisionButtons({
  prefix,
  turn,
  status,
  disabled,
  small = false,
  onDecide,
}: {
  prefix: string;
  turn?: number;
  status: ReviewStatus;
  disabled: boolean;
  small?: boolean;
  onDecide: (decision: ReviewDecisionKind) => void;
}) {
  return (
    <span className={styles.decisions} role="group" aria-label={turn === undefined ? "Decide the trajectory" : `Decide turn ${turn + 1}`}>
      {decisions.map((decision) => (
        <button
          key={decision}
          type="button"
          data-id={`${prefix}-${decision}`}
          data-turn={turn}
          aria-pressed={status === decision}
          className={`${small ? styles.small : ""} ${styles[`decide-${decision}`] ?? ""}`}
          disabled={disabled}
          onClick={(e) => {
            e.stopPropagation();
            onDecide(decision);
          }}
        >
          {labels[decision]}
        </button>
      ))}
    </span>
  );
}
