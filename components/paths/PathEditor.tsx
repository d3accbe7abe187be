"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import { useTRPC } from "@/lib/trpc/client";
import {
  choicesByTurn,
  describeDiff,
  describeOperation,
  diffDraft,
  edgeLookup,
  historyShortcut,
  linksByTurn,
  mergeBlockReason,
  nextRedo,
  operationKey,
  summarizePath,
  type DraftAction,
  type DraftEntry,
  type FunctionPath,
  type Operation,
  type SplitOp,
} from "@/lib/paths";
import { errorMessage } from "./errors";
import { OperationHistory } from "./OperationHistory";
import { LinkMark, TurnLane, type DragPayload } from "./TurnLane";
import styles from "./paths.module.css";

type Feedback = { kind: "error"; message: string } | { kind: "hint"; message: string } | null;

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The path builder: the draft's turns as lanes, operations by menu, button or drag (each checked by
 * the server, which explains a refusal), undo / redo, the history and save.
 */
export function PathEditor({
  projectId,
  entry,
  stored,
  dispatch,
  functionCounts,
}: {
  projectId: number;
  entry: DraftEntry;
  stored: FunctionPath | undefined;
  dispatch: (action: DraftAction) => void;
  functionCounts: Readonly<Record<string, number>> | undefined;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const draft = entry.path;
  const choices = useQuery({ ...trpc.paths.choices.queryOptions({ projectId, path: draft }), staleTime: 60_000 });
  const preview = useMutation(trpc.paths.preview.mutationOptions());
  const save = useMutation(trpc.paths.save.mutationOptions());
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [savedDraft, setSavedDraft] = useState<FunctionPath | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ target: string; verdict: "ok" | "refused" } | null>(null);
  const dragging = useRef<DragPayload | null>(null);

  const busy = preview.isPending || save.isPending;
  const loading = choices.isPending;
  const diff = useMemo(() => diffDraft(draft, stored), [draft, stored]);
  const lanes = useMemo(() => (choices.data ? choicesByTurn(choices.data, draft.turns.length) : undefined), [choices.data, draft.turns.length]);
  const linkPlacement = useMemo(() => (choices.data ? linksByTurn(draft.turns, choices.data.links) : undefined), [choices.data, draft.turns]);
  const hasEdge = useMemo(() => edgeLookup(choices.data?.links ?? []), [choices.data]);
  const redoOp = nextRedo(entry);
  const lastOp = draft.operations.at(-1);

  const run = async (edit: { action: "apply"; operation: Operation } | { action: "undo" }, onDone: (result: { path: FunctionPath; undone?: Operation }) => void) => {
    setFeedback(null);
    setSaveError(null);
    setOpenMenu(null);
    try {
      onDone(await preview.mutateAsync({ projectId, path: draft, edit }));
    } catch (error) {
      setFeedback({ kind: "error", message: errorMessage(error) });
    }
  };
  const apply = (operation: Operation) => {
    if (busy) return;
    void run({ action: "apply", operation }, ({ path }) => dispatch({ type: "applied", path }));
  };
  const undo = () => {
    if (busy || draft.operations.length === 0) return;
    void run({ action: "undo" }, ({ path, undone }) => {
      if (undone) dispatch({ type: "undone", path, undone });
      else dispatch({ type: "applied", path });
    });
  };
  const redo = () => {
    if (busy || !redoOp) return;
    void run({ action: "apply", operation: redoOp }, ({ path }) => dispatch({ type: "redone", path }));
  };
  const saveDraft = async () => {
    if (busy) return;
    setFeedback(null);
    setSaveError(null);
    try {
      const saved = await save.mutateAsync({ projectId, path: draft });
      const listKey = trpc.paths.list.queryKey({ projectId });
      queryClient.setQueryData(listKey, (old) => old?.map((p) => (p.id === saved.id ? saved : p)));
      dispatch({ type: "saved", path: saved });
      setSavedDraft(saved);
      await Promise.all([queryClient.invalidateQueries({ queryKey: listKey }), queryClient.invalidateQueries({ queryKey: trpc.paths.coverage.queryKey({ projectId }) })]);
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  };
  const discard = () => {
    if (!stored || busy) return;
    setFeedback(null);
    setSaveError(null);
    dispatch({ type: "discard", path: stored });
  };

  // Keyboard: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z redo (not while typing in a field).
  const keys = useRef({ undo, redo });
  useEffect(() => {
    keys.current = { undo, redo };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isEditable(event.target)) return;
      const action = historyShortcut(event);
      if (!action) return;
      event.preventDefault();
      keys.current[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // A click outside the open menu, or Escape, closes it.
  useEffect(() => {
    if (openMenu === null) return;
    const onPointer = (event: PointerEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest(`[data-testid="${openMenu}"]`)) setOpenMenu(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpenMenu(null);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [openMenu]);

  // --- Dragging: a lane onto its neighbour merges; a suggestion onto a lane inserts; a chip onto a bin splits.
  const insertFor = (payload: Extract<DragPayload, { kind: "suggestion" }>, lane: number): Operation =>
    lane === payload.after
      ? { op: "insert", function: payload.function, after: payload.after, mode: "same_turn" }
      : { op: "insert", function: payload.function, after: payload.after, mode: "later_turn", at: lane };
  const offered = (op: Operation): boolean => {
    const data = choices.data;
    if (!data) return false;
    const key = operationKey(op);
    if (op.op === "merge") return data.merge.includes(op.at);
    if (op.op === "insert") return data.insert.some((c) => operationKey(c) === key);
    if (op.op === "split") return data.split.some((c) => operationKey(c) === key);
    return false;
  };
  const onDragStart = (payload: DragPayload, event: DragEvent) => {
    dragging.current = payload;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", payload.kind === "turn" ? `turn ${payload.index}` : payload.function);
  };
  const onDragEnd = () => {
    dragging.current = null;
    setDrop(null);
  };
  const laneOp = (lane: number): Operation | "not-adjacent" | null => {
    const payload = dragging.current;
    if (!payload) return null;
    if (payload.kind === "turn") {
      if (payload.index === lane) return null;
      return Math.abs(payload.index - lane) === 1 ? { op: "merge", at: Math.min(payload.index, lane) } : "not-adjacent";
    }
    if (payload.kind === "suggestion") return insertFor(payload, lane);
    return null;
  };
  const laneDragOver = (lane: number) => (event: DragEvent) => {
    const op = laneOp(lane);
    if (op === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    const verdict = op !== "not-adjacent" && offered(op) ? "ok" : "refused";
    if (drop?.target !== `lane-${lane}` || drop.verdict !== verdict) setDrop({ target: `lane-${lane}`, verdict });
  };
  const laneDrop = (lane: number) => (event: DragEvent) => {
    event.preventDefault();
    const op = laneOp(lane);
    const payload = dragging.current;
    onDragEnd();
    if (op === null || !payload) return;
    if (op === "not-adjacent") {
      const from = payload.kind === "turn" ? payload.index : lane;
      setFeedback({
        kind: "error",
        message: `Merge joins two adjacent turns: drop turn ${from} on turn ${from - 1 >= 0 ? `${from - 1} or ` : ""}${from + 1}, not on turn ${lane}.`,
      });
      return;
    }
    apply(op);
  };
  const binOp = (label: SplitOp["label"]): Operation | "menu" | null => {
    const payload = dragging.current;
    if (!payload || payload.kind !== "chip") return null;
    if (label === "miss_func") return { op: "split", at: payload.turn, label, function: payload.function };
    const params = (choices.data?.split ?? []).filter((c) => c.at === payload.turn && c.function === payload.function && c.label === "miss_param");
    if (params.length === 1) return params[0] as SplitOp;
    if (params.length > 1) return "menu";
    // Not offered: the server says why (no required parameter, already split…).
    return { op: "split", at: payload.turn, label, function: payload.function };
  };
  const binDragOver = (label: SplitOp["label"]) => (event: DragEvent) => {
    const op = binOp(label);
    if (op === null) return;
    event.preventDefault();
    const verdict = op === "menu" || offered(op) ? "ok" : "refused";
    if (drop?.target !== `bin-${label}` || drop.verdict !== verdict) setDrop({ target: `bin-${label}`, verdict });
  };
  const binDrop = (label: SplitOp["label"]) => (event: DragEvent) => {
    event.preventDefault();
    const op = binOp(label);
    const payload = dragging.current;
    onDragEnd();
    if (op === null || payload?.kind !== "chip") return;
    if (op === "menu") {
      setOpenMenu(`split-${payload.turn}`);
      setFeedback({ kind: "hint", message: `${payload.function} has several required parameters: pick the one to leave out.` });
      return;
    }
    apply(op);
  };
  const dropVerdict = (target: string) => (drop?.target === target ? drop.verdict : null);

  const suggestions = useMemo(() => {
    const seen = new Map<string, { function: string; after: number }>();
    for (const op of choices.data?.insert ?? []) seen.set(`${op.function}\u0000${op.after}`, { function: op.function, after: op.after });
    return [...seen.values()];
  }, [choices.data]);

  const summary = summarizePath(draft);
  const initialShape = summarizePath({ turns: draft.initial, operations: [] }).shape;
  const showSaved = savedDraft !== null && savedDraft === draft && !diff.dirty;

  return (
    <section className={styles.builder} data-testid="path-builder" data-path-id={draft.id} data-dirty={diff.dirty} aria-labelledby="builder-title" aria-busy={busy || loading}>
      <header className={styles.builderHead}>
        <div>
          <h2 id="builder-title" className={styles.panelTitle}>
            Path <code>{draft.id}</code>
            {diff.dirty && (
              <span className={styles.dirty} data-testid="dirty" title={describeDiff(diff)}>
                ● draft
              </span>
            )}
          </h2>
          <p className="muted" data-testid="draft-status">
            {summary.turns} turns, {summary.calls} calls · {describeDiff(diff)}
          </p>
          <p className={styles.initial} title="the sampled walk the operations start from">
            walk: {initialShape}
          </p>
        </div>
        <div className={styles.toolbar}>
          <button type="button" data-testid="undo" onClick={undo} disabled={busy || !lastOp} title={lastOp ? `Undo ${describeOperation(lastOp)} (Ctrl+Z)` : "nothing to undo: the draft is the sampled walk"}>
            ↶ Undo
          </button>
          <button type="button" data-testid="redo" onClick={redo} disabled={busy || !redoOp} title={redoOp ? `Redo ${describeOperation(redoOp)} (Ctrl+Shift+Z)` : "nothing to redo"}>
            ↷ Redo
          </button>
          <button type="button" data-testid="discard-draft" onClick={discard} disabled={busy || !diff.dirty || !stored} title="forget the draft's changes and go back to the stored path">
            Discard
          </button>
          <button type="button" className="primary" data-testid="save-path" onClick={() => void saveDraft()} disabled={busy || !diff.dirty} title={diff.dirty ? "store the draft in the project" : "nothing to save"}>
            {save.isPending ? "Saving…" : "Save"}
          </button>
        </div>
      </header>

      <div className={styles.feedback}>
        {showSaved && (
          <p role="status" className={styles.saved} data-testid="save-status">
            Saved
          </p>
        )}
        {saveError !== null && (
          <p role="alert" className="error" data-testid="save-status">
            Not saved: {saveError}
          </p>
        )}
        {feedback?.kind === "error" && (
          <p role="alert" className={styles.alert} data-testid="op-error">
            <strong>Not allowed:</strong> {feedback.message}
            <button type="button" className={styles.dismiss} onClick={() => setFeedback(null)} aria-label="dismiss">
              ×
            </button>
          </p>
        )}
        {feedback?.kind === "hint" && (
          <p role="status" className="muted">
            {feedback.message}
          </p>
        )}
        {choices.isError && (
          <p role="alert" className="error">
            Could not read the choices for this draft: {errorMessage(choices.error)}
          </p>
        )}
      </div>

      <div className={styles.lanes}>
        {draft.turns.map((_, i) => {
          const lane = lanes?.[i];
          const linkBefore = linkPlacement?.before.get(i + 1);
          const link = linkBefore === undefined ? undefined : choices.data?.links[linkBefore];
          const mergeReason = lane?.mergeWithNext ? `merge turns ${i} and ${i + 1} into one query` : loading ? "asking the graph…" : mergeBlockReason(draft.turns, i, hasEdge);
          const canMerge = lane?.mergeWithNext ?? false;
          return (
            <Fragment key={i}>
              <TurnLane
                turns={draft.turns}
                index={i}
                choices={lane}
                links={choices.data?.links}
                linksInside={linkPlacement?.inside.get(i)}
                loading={loading}
                busy={busy}
                openMenu={openMenu}
                setOpenMenu={setOpenMenu}
                apply={apply}
                functionCounts={functionCounts}
                dropState={dropVerdict(`lane-${i}`)}
                onDragStart={onDragStart}
                onDragEnd={onDragEnd}
                onDragOver={laneDragOver(i)}
                onDragLeave={() => setDrop((d) => (d?.target === `lane-${i}` ? null : d))}
                onDrop={laneDrop(i)}
              />
              {i + 1 < draft.turns.length && (
                <div className={styles.gap} data-testid={`gap-${i}`}>
                  {link && linkBefore !== undefined ? <LinkMark index={linkBefore} link={link} /> : <span className={styles.linkPlaceholder} aria-hidden />}
                  <span className={styles.mergeWrap} title={mergeReason}>
                    <button type="button" data-testid={`merge-${i}`} className={styles.mergeButton} disabled={!canMerge || busy || loading} title={mergeReason} onClick={() => apply({ op: "merge", at: i })}>
                      Merge {i}+{i + 1}
                    </button>
                    {!canMerge && !loading && <span className={styles.why}>{mergeReason}</span>}
                  </span>
                </div>
              )}
            </Fragment>
          );
        })}
      </div>

      <div className={styles.tray} data-testid="drag-tray">
        <div>
          <h3>Graph suggests</h3>
          {suggestions.length === 0 ? (
            <p className="muted">{loading ? "Asking the graph…" : "No nested neighbour to insert."}</p>
          ) : (
            <div className={styles.suggestions} data-testid="suggestions">
              {suggestions.map((s) => (
                <span
                  key={`${s.function}-${s.after}`}
                  className={`${styles.chip} ${styles.suggestion}`}
                  data-function={s.function}
                  data-after={s.after}
                  draggable={!busy}
                  onDragStart={(e) => onDragStart({ kind: "suggestion", ...s }, e)}
                  onDragEnd={onDragEnd}
                  title={`nested neighbour of turn ${s.after}: drop on turn ${s.after} to call it in the same turn, on a later turn to place it after that one`}
                >
                  {s.function} <span className="muted">← turn {s.after}</span>
                </span>
              ))}
            </div>
          )}
          <p className={styles.hintText}>Drag a turn onto its neighbour to merge, a suggestion onto a turn to insert, a function chip onto a bin to split.</p>
        </div>
        <div className={styles.bins}>
          {(["miss_func", "miss_param"] as const).map((label) => (
            <div
              key={label}
              className={styles.bin}
              data-testid={`split-drop-${label}`}
              data-drop={dropVerdict(`bin-${label}`) ?? undefined}
              onDragOver={binDragOver(label)}
              onDragLeave={() => setDrop((d) => (d?.target === `bin-${label}` ? null : d))}
              onDrop={binDrop(label)}
            >
              <strong>{label}</strong>
              <span className="muted">{label === "miss_func" ? "drop a function to withhold it from the tools" : "drop a function to leave a required parameter out"}</span>
            </div>
          ))}
        </div>
      </div>

      <OperationHistory operations={draft.operations} redo={entry.redo} diff={diff} />
    </section>
  );
}
