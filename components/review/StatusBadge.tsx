import type { ReviewStatus } from "@/server/pipeline/schemas/review";
import styles from "./review.module.css";

const labels: Record<ReviewStatus, string> = { pending: "pending", accepted: "accepted", rejected: "rejected", "needs-edit": "needs edit" };

export function StatusBadge({ status }: { status: ReviewStatus }) {
  return (
    <span className={`${styles.badge} ${styles[`status-${status}`] ?? ""}`} data-status={status}>
      {labels[status]}
    </span>
  );
}
