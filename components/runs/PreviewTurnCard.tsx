"use client";

import { useState } from "react";
import { formatCall } from "@/server/pipeline/calls/format-calls";
import type { PreviewTurn } from "@/server/services/turn-preview";
import styles from "./runs.module.css";

export interface PreviewTurnCardProps {
  turn: PreviewTurn;
  changed: boolean;
  busy: boolean;
  onRegenerate: () => void;
  onEdit: (query: string) => void;
}

/** One synthesized turn: the user's query, the reference calls with their arguments, their outputs, the checks and the judge's verdict. */
export function PreviewTurnCard({ turn, changed, busy, onRegenerate, onEdit }: PreviewTurnCardProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const calls = turn.steps.flatMap((s) => s.calls);
  const outputs = turn.steps.flatMap((s) => s.outputs);
  return (
    <li className={styles.turn} data-id="preview-turn" data-turn={turn.index} data-kind={turn.kind} data-changed={changed}>
      <div className={styles.turnHead}>
        <strong>Turn {turn.index + 1}</strong>
        <span className={styles.kind}>{turn.kind}</span>
        {turn.verdict && (
          <span className={styles.kind} data-id="preview-verdict">
            judged {turn.verdict}
          </span>
        )}
        {changed && <span className={styles.kind}>changed</span>}
      </div>
      <p className={styles.query} data-id="preview-query">
        “{turn.query}”{turn.fixedQuery && <span className="muted"> (the fixed follow-up after a missing function)</span>}
      </p>
      {turn.withheld && (
        <p className={styles.note}>
          Withheld: <code>{turn.withheld.function}</code>
          {turn.withheld.parameter ? (
            <>
              {" "}
              parameter <code>{turn.withheld.parameter}</code>
            </>
          ) : null}
          : the right answer asks for it.
        </p>
      )}
      {calls.length > 0 ? (
        <ol className={`${styles.calls} ${styles.mono}`} data-id="preview-calls">
          {calls.map((call, i) => (
            <li key={i}>{formatCall(call)}</li>
          ))}
        </ol>
      ) : (
        <p className={styles.note}>No reference call: the assistant answers in text.</p>
      )}
      {turn.implicit.length > 0 && <p className={styles.note}>Called without being named in the query: {turn.implicit.join(", ")}</p>}
      {outputs.length > 0 && (
        <details data-id="preview-outputs">
          <summary>Outputs ({outputs.length})</summary>
          <pre className={styles.raw}>{JSON.stringify(outputs, null, 2)}</pre>
        </details>
      )}
      <ul className={styles.checks} data-id="preview-checks">
        {Object.entries(turn.checks).map(([name, verdict]) => (
          <li key={name} data-passed={verdict.passed} title={verdict.problems.join("\n")}>
            {name} {verdict.passed ? "✓" : `✗ ${verdict.problems.join("; ")}`}
          </li>
        ))}
      </ul>
      {draft === null ? (
        <div className="row">
          <button type="button" onClick={onRegenerate} disabled={busy} data-id="preview-regenerate">
            Regenerate
          </button>
          {!turn.fixedQuery && (
            <button type="button" onClick={() => setDraft(turn.query)} disabled={busy} data-id="preview-edit">
              Edit query
            </button>
          )}
        </div>
      ) : (
        <div className={styles.edit}>
          <textarea rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} data-id="preview-edit-query" aria-label={`Query of turn ${turn.index + 1}`} />
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={busy || draft.trim() === ""}
              onClick={() => {
                onEdit(draft);
                setDraft(null);
              }}
              data-id="preview-edit-apply"
            >
              Derive the calls
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
