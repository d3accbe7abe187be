"use client";

import type { TurnView } from "@/lib/review/conversation";
import type { ReviewDecisionKind, ReviewStatus } from "@/server/pipeline/schemas/review";
import { DecisionButtons } from "./DecisionButtons";
import { MessageBubble } from "./MessageBubble";
import { StatusBadge } from "./StatusBadge";
import { TurnEditor } from "./TurnEditor";
import styles from "./review.module.css";

/** A turn: its messages as bubbles, the teacher's reference calls beside them, its own decision and editor. */
export function TurnCard({
  turn,
  status,
  current,
  editing,
  disabled,
  onFocus,
  onDecide,
  onEdit,
  onSave,
  onCancel,
}: {
  turn: TurnView;
  status: ReviewStatus;
  current: boolean;
  editing: boolean;
  disabled: boolean;
  onFocus: () => void;
  onDecide: (decision: ReviewDecisionKind) => void;
  onEdit: () => void;
  onSave: (edit: { query?: string; calls: { index: number; arguments: string }[] }) => Promise<unknown>;
  onCancel: () => void;
}) {
  return (
    <section className={`${styles.turn} ${current ? styles.currentTurn : ""}`} data-id="turn" data-turn={turn.index} data-turn-status={status} onClick={onFocus}>
      <header className={styles.turnHead}>
        <strong>Turn {turn.index + 1}</strong>
        <span className={styles.kind}>{turn.kind}</span>
        {turn.verdict && <span className="muted">judge: {turn.verdict}</span>}
        <StatusBadge status={status} />
        <span className={styles.spacer} />
        <DecisionButtons prefix="turn-decide" turn={turn.index} status={status} disabled={disabled} onDecide={onDecide} small />
        <button type="button" className={styles.small} data-id="turn-edit" data-turn={turn.index} disabled={disabled || editing} onClick={onEdit}>
          Edit
        </button>
      </header>
      <div className={styles.turnBody}>
        <div className={styles.bubbles}>
          {turn.bubbles.map((bubble) => (
            <MessageBubble key={bubble.index} bubble={bubble} />
          ))}
        </div>
        <aside className={styles.reference} data-id="turn-reference" aria-label={`Reference calls of turn ${turn.index + 1}`}>
          <h4>Reference</h4>
          {turn.reference.length === 0 ? (
            <p className="muted">no call: the answer is text</p>
          ) : (
            turn.reference.map((call, k) => (
              <div key={k} className={styles.referenceCall} data-id="reference-call">
                <code className={styles.callName}>{call.name}</code>
                <pre className={styles.code}>{JSON.stringify(call.arguments, null, 2)}</pre>
              </div>
            ))
          )}
        </aside>
      </div>
      {editing && <TurnEditor turn={turn} onSave={onSave} onCancel={onCancel} />}
    </section>
  );
}
