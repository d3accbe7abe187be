import { describeOperation, operationKey, type DraftDiff, type Operation } from "@/lib/paths";
import styles from "./paths.module.css";

/** The draft's operations in order (unsaved ones marked), then what undo took off, for redo. */
export function OperationHistory({ operations, redo, diff }: { operations: readonly Operation[]; redo: readonly Operation[]; diff: DraftDiff }) {
  return (
    <section className={styles.history} aria-labelledby="op-history-title">
      <h3 id="op-history-title">Operation history</h3>
      {operations.length === 0 ? (
        <p className="muted">The sampled walk, no operation applied.</p>
      ) : null}
      <ol data-testid="op-history" start={1}>
        {operations.map((op, k) => {
          const unsaved = k >= diff.kept;
          return (
            <li key={`${k}-${operationKey(op)}`} data-op={op.op} data-unsaved={unsaved || undefined} className={unsaved ? styles.unsaved : undefined}>
              {describeOperation(op)}
              {unsaved && <span className={styles.tag}>unsaved</span>}
            </li>
          );
        })}
      </ol>
      {redo.length > 0 && (
        <>
          <h4 className="muted">Undone (redo re-applies the last)</h4>
          <ol data-testid="redo-stack" className={styles.redoStack}>
            {[...redo].reverse().map((op, k) => (
              <li key={`${k}-${operationKey(op)}`}>{describeOperation(op)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
