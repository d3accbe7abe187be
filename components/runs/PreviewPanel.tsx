"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatCost } from "@/lib/runs/progress-text";
import { editNote, regenerateNote } from "@/lib/runs/preview-notes";
import { teacherChoiceOf } from "@/lib/runs/teacher-choice-value";
import { numberField } from "@/lib/runs/form-values";
import { useTRPC } from "@/lib/trpc/client";
import type { TurnPreview } from "@/server/services/turn-preview";
import { PreviewNegatives } from "./PreviewNegatives";
import { PreviewTurnCard } from "./PreviewTurnCard";
import styles from "./runs.module.css";
import { TeacherSelect } from "./TeacherSelect";

interface Shown {
  preview: TurnPreview;
  changed: readonly number[];
  note?: string;
}

/** One path synthesized turn by turn, nothing stored: look at it before running at scale, regenerate, or rewrite a query. */
export function PreviewPanel({ projectId }: { projectId: number }) {
  const trpc = useTRPC();
  const paths = useQuery(trpc.paths.list.queryOptions({ projectId }));
  const [pathId, setPathId] = useState("");
  const [teacher, setTeacher] = useState("offline");
  const [seed, setSeed] = useState("1");
  const [shown, setShown] = useState<Shown | null>(null);
  const [failure, setFailure] = useState<{ error: string; raw?: string } | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);

  const show = (result: { ok: true; preview: TurnPreview } | { ok: false; error: string; raw?: string }, extra: Omit<Shown, "preview"> = { changed: [] }) => {
    if (result.ok) {
      setShown({ preview: result.preview, ...extra });
      setFailure(null);
    } else setFailure(result);
  };
  const preview = useMutation(trpc.runs.preview.mutationOptions({ onSuccess: (result) => show(result) }));
  const regenerate = useMutation(
    trpc.runs.regenerateTurn.mutationOptions({
      onSuccess: (result, input) => {
        if (!result.ok) return show(result);
        setSeed(String(result.seed));
        show(result, { changed: result.changed, note: regenerateNote(input.turn, result) });
      },
    }),
  );
  const edit = useMutation(
    trpc.runs.editTurn.mutationOptions({
      onSuccess: (result, input) =>
        result.ok ? show(result, { changed: result.changed, note: editNote(input.turn, result.preview.turns.length, result.changed) }) : show(result),
    }),
  );
  const busy = preview.isPending || regenerate.isPending || edit.isPending;
  const error = preview.error ?? regenerate.error ?? edit.error;
  const chosenPath = pathId || paths.data?.[0]?.id || "";

  const settings = () => {
    const choice = teacherChoiceOf(teacher);
    const seedValue = numberField(seed) ?? 1;
    if (!choice || typeof seedValue !== "number" || !Number.isInteger(seedValue) || seedValue < 0) {
      setInputError(!choice ? "choose a teacher" : "the seed is a whole number, 0 or more");
      return undefined;
    }
    setInputError(null);
    return { projectId, pathId: shown?.preview.pathId ?? chosenPath, teacher: choice, seed: seedValue };
  };

  return (
    <section className={styles.panel} aria-label="Turn preview" data-id="preview-panel">
      <h2 className={styles.panelTitle}>Preview one path</h2>
      <p className={styles.note}>Synthesizes one path turn by turn (query, reference calls, outputs, checks, negatives) without storing a run.</p>
      <form
        className={styles.grid}
        onSubmit={(event) => {
          event.preventDefault();
          const input = settings();
          if (input) preview.mutate({ ...input, pathId: chosenPath });
        }}
      >
        <label className={`${styles.field} ${styles.wide}`}>
          <span>Path</span>
          <select value={chosenPath} onChange={(e) => setPathId(e.target.value)} data-id="preview-path">
            {(paths.data ?? []).map((path) => (
              <option key={path.id} value={path.id}>
                {path.id} ({path.turns.map((t) => t.kind).join(", ")})
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>Teacher</span>
          <TeacherSelect value={teacher} onChange={setTeacher} dataId="preview-teacher" />
        </label>
        <label className={styles.field}>
          <span>Seed</span>
          <input type="number" min={0} step={1} value={seed} onChange={(e) => setSeed(e.target.value)} data-id="preview-seed" />
        </label>
        <div className={`row ${styles.wide}`}>
          <button type="submit" className="primary" disabled={busy || chosenPath === ""} data-id="preview-run">
            {preview.isPending ? "Synthesizing…" : "Preview"}
          </button>
        </div>
      </form>
      {inputError && (
        <p role="alert" className="error">
          {inputError}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {failure && (
        <div role="alert" data-id="preview-error">
          <p className="error">The teacher failed: {failure.error}</p>
          {failure.raw && <pre className={styles.raw}>{failure.raw}</pre>}
        </div>
      )}
      {shown && (
        <>
          <p className={styles.note} data-id="preview-summary">
            Path <code>{shown.preview.pathId}</code>, seed {shown.preview.seed}, {shown.preview.teacher.model}: {shown.preview.usage.requests} requests,{" "}
            {shown.preview.usage.promptTokens + shown.preview.usage.completionTokens} tokens, {formatCost(shown.preview.usage.costUsd)}.
          </p>
          {shown.note && (
            <p role="status" className={styles.note} data-id="preview-note">
              {shown.note}
            </p>
          )}
          <ol className={styles.turns}>
            {shown.preview.turns.map((turn) => (
              <PreviewTurnCard
                key={turn.index}
                turn={turn}
                changed={shown.changed.includes(turn.index)}
                busy={busy}
                onRegenerate={() => {
                  const input = settings();
                  if (input) regenerate.mutate({ ...input, seed: shown.preview.seed, turn: turn.index });
                }}
                onEdit={(query) => {
                  const input = settings();
                  if (input) edit.mutate({ ...input, seed: shown.preview.seed, turn: turn.index, query });
                }}
              />
            ))}
          </ol>
          <PreviewNegatives preview={shown.preview} />
        </>
      )}
    </section>
  );
}
