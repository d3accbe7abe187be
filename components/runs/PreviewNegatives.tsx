import type { PreviewAction, TurnPreview } from "@/server/services/turn-preview";
import styles from "./runs.module.css";

const describe = (actions: readonly PreviewAction[]) =>
  actions.map((a) => [...a.calls, ...(a.text ? [`“${a.text}”`] : [])].join(", ")).filter((s) => s !== "").join(" → ") || "(nothing)";

/** The negatives the path gives: at which turn the misleading hint was given, and what the assistant did instead of the positive's action. */
export function PreviewNegatives({ preview }: { preview: TurnPreview }) {
  return (
    <div className={styles.group}>
      <strong>Negatives ({preview.negatives.length})</strong>
      {preview.negatives.length === 0 && <p className={styles.note}>None: the path allows none of the chosen error types.</p>}
      <ul className={styles.negatives}>
        {preview.negatives.map((negative) => (
          <li key={negative.id} data-id="preview-negative" data-error-type={negative.errorType}>
            <strong>{negative.errorType}</strong> at turn {negative.turn + 1}
            {negative.verdict ? ` (judged ${negative.verdict})` : ""}
            <div className={styles.mono}>rejected: {describe(negative.action)}</div>
            <div className={styles.mono}>chosen: {describe(negative.positiveAction)}</div>
          </li>
        ))}
      </ul>
      {preview.filtered.length > 0 && (
        <p className={styles.note}>
          Filtered out: {preview.filtered.map((f) => `${f.id} (${f.reason})`).join("; ")}
        </p>
      )}
    </div>
  );
}
