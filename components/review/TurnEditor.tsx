"use client";

import { useEffect, useRef, useState } from "react";
import { errorText } from "@/lib/review/conflict";
import type { TurnView } from "@/lib/review/conversation";
import styles from "./review.module.css";

/**
 * Edits a turn in place: the query and each call's arguments as JSON. The server checks the arguments
 * against the tool's schema; a refusal shows its reason here and the editor stays open.
 */
export function TurnEditor({
  turn,
  onSave,
  onCancel,
}: {
  turn: TurnView;
  onSave: (edit: { query?: string; calls: { index: number; arguments: string }[] }) => Promise<unknown>;
  onCancel: () => void;
}) {
  const calls = turn.bubbles.flatMap((b) => (b.role === "assistant" ? b.calls : []));
  const [query, setQuery] = useState(turn.query);
  const [texts, setTexts] = useState(() => calls.map((c) => c.arguments));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async () => {
    // Only what changed is sent: an untouched call is not re-checked, so a query fix never trips over it.
    const changed = texts.flatMap((text, index) => (text !== calls[index]?.arguments ? [{ index, arguments: text }] : []));
    setSaving(true);
    setError(undefined);
    try {
      await onSave({ query: query !== turn.query ? query : undefined, calls: changed });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.editor}
      data-id="turn-editor"
      data-turn={turn.index}
      onClick={(e) => e.stopPropagation()}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className={styles.editorField}>
        <span>Query</span>
        <textarea data-id="edit-query" rows={3} value={query} onChange={(e) => setQuery(e.target.value)} ref={calls.length === 0 ? first : undefined} />
      </label>
      {calls.map((call, index) => (
        <label key={call.id} className={styles.editorField}>
          <span>
            Call {index + 1}: <code>{call.name}</code> arguments (JSON)
          </span>
          <textarea
            data-id={`edit-arguments-${index}`}
            className={styles.codeInput}
            rows={Math.min(12, Math.max(3, (texts[index] ?? "").split("\n").length))}
            spellCheck={false}
            value={texts[index] ?? ""}
            onChange={(e) => setTexts((all) => all.map((t, k) => (k === index ? e.target.value : t)))}
            ref={index === 0 ? first : undefined}
          />
        </label>
      ))}
      {error && (
        <p className="error" data-id="edit-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" data-id="edit-save" disabled={saving}>
          {saving ? "Saving…" : "Save turn"}
        </button>
        <button type="button" data-id="edit-cancel" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted">The reference calls stay as the teacher made them.</span>
      </div>
    </form>
  );
}
