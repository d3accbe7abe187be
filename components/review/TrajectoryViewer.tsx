"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from "react";
import { conversationView, editableTurn } from "@/lib/review/conversation";
import type { ShortcutAction } from "@/lib/review/keyboard";
import { errorText } from "@/lib/review/conflict";
import { useTRPC } from "@/lib/trpc/client";
import type { ReviewDecisionKind } from "@/server/pipeline/schemas/review";
import { CommentBox } from "./CommentBox";
import { ConflictNotice } from "./ConflictNotice";
import { DecisionButtons } from "./DecisionButtons";
import { MessageBubble } from "./MessageBubble";
import { PairView } from "./PairView";
import { ReviewHistory } from "./ReviewHistory";
import { StatusBadge } from "./StatusBadge";
import { TurnCard } from "./TurnCard";
import { useReviewActions } from "./use-review-actions";
import styles from "./review.module.css";

/** The viewer's part of the keyboard: the workspace forwards what it does not handle itself. */
export type ViewerShortcut = ((action: ShortcutAction) => void) | undefined;

/**
 * The open trajectory: decisions, turns as chat with reference calls, comments, its pair and its history.
 * While the next one loads the current one stays, so what a shortcut decides is always what is shown;
 * `data-row-id` changes once the next one is rendered. `ready` (the page hydrated, shortcuts listening)
 * gates the `data-id` that tests and the benchmark wait for.
 */
export function TrajectoryViewer({
  projectId,
  id,
  ready,
  reviewer,
  canDecide,
  shortcut,
  onOpen,
}: {
  projectId: number;
  id: number | undefined;
  ready: boolean;
  reviewer: string;
  canDecide: boolean;
  shortcut: RefObject<ViewerShortcut>;
  onOpen: (id: number) => void;
}) {
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.reviews.get.queryOptions({ id: id ?? 0 }), enabled: id !== undefined, placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<number>();
  const [currentTurn, setCurrentTurn] = useState<number>();
  const closeEditor = useCallback(() => setEditing(undefined), []);
  const actions = useReviewActions(projectId, reviewer, { onEdited: closeEditor });
  const { clear } = actions;

  const data = id === undefined ? undefined : detail.data;
  const shownId = data?.item.id;
  useEffect(() => {
    setEditing(undefined);
    setCurrentTurn(undefined);
    clear();
  }, [shownId, clear]);

  const view = useMemo(() => data && conversationView(data.item.data, data.item.callChecks), [data]);
  // The pair repeats both trajectories: it follows a moment after the turns, so the next one shows first.
  const pairOf = useDeferredValue(data);
  // Nothing is decided while the next trajectory loads: the key was meant for that one, not the one still shown.
  const busy = !canDecide || actions.pending || detail.isPlaceholderData;

  const decide = useCallback(
    (decision: ReviewDecisionKind, turn?: number) => {
      if (!data || busy) return;
      void actions.decide({ id: data.item.id, turn, decision, expectedVersion: data.item.version });
    },
    [data, busy, actions],
  );

  // Before paint, so a key pressed as soon as the viewer shows reaches this trajectory.
  useLayoutEffect(() => {
    shortcut.current = (action) => {
      if (action === "accept") decide("accepted");
      else if (action === "reject") decide("rejected");
      else if (action === "edit" && view && canDecide) setEditing(editableTurn(view.turns, currentTurn));
      else if (action === "close") setEditing(undefined);
    };
  }, [shortcut, decide, view, canDecide, currentTurn]);

  if (id === undefined) {
    return (
      <div className="empty" data-id="viewer-empty">
        Select a trajectory in the queue, or press <kbd>j</kbd>.
      </div>
    );
  }
  if (!data || !view) {
    return (
      <div className={styles.viewer} data-id="viewer-loading">
        {detail.isError ? (
          <p role="alert" className="error">
            {errorText(detail.error)}
          </p>
        ) : (
          <p className="muted">Loading trajectory {id}…</p>
        )}
      </div>
    );
  }

  const { item, history } = data;
  const failedChecks = Object.entries(item.data.checks).filter(([, verdict]) => !verdict.passed);
  return (
    <article
      className={styles.viewer}
      data-id={ready ? "trajectory-viewer" : undefined}
      data-row-id={item.id}
      data-status={item.status}
      data-version={item.version}
      data-loaded={!detail.isPlaceholderData && item.id === id}
      aria-busy={detail.isPlaceholderData}
    >
      <header className={styles.viewerHead}>
        <div className={styles.viewerTitle}>
          <h2>
            <code>{item.trajectoryId}</code>
          </h2>
          <span className={item.polarity === "negative" ? styles.negative : styles.positive}>{item.polarity}</span>
          {item.errorType && <span className={styles.kind}>{item.errorType}</span>}
          <StatusBadge status={item.status} />
          <span className="muted" data-id="viewer-version">
            version {item.version} · path {item.pathId} · run {item.runId}
          </span>
        </div>
        <DecisionButtons prefix="decide" status={item.status} disabled={busy} onDecide={(decision) => decide(decision)} />
      </header>
      {actions.conflict?.id === item.id && <ConflictNotice conflict={actions.conflict} onTakeTheirs={() => void actions.takeTheirs()} />}
      {actions.failure && (
        <p className="error" role="alert" data-id="review-error">
          {actions.failure}
        </p>
      )}
      <p className={styles.checks} data-id="trajectory-checks">
        {Object.entries(item.data.checks).map(([name, verdict]) => (
          <span key={name} className={verdict.passed ? styles.checkPassed : styles.checkFailed} title={verdict.problems.join("\n")} data-check={name} data-passed={verdict.passed}>
            {verdict.passed ? "✓" : "✗"} {name}
          </span>
        ))}
        {failedChecks.length > 0 && <span className="muted">{failedChecks.flatMap(([, v]) => v.problems).slice(0, 3).join("; ")}</span>}
      </p>
      {view.preamble.map((bubble) => (
        <MessageBubble key={bubble.index} bubble={bubble} />
      ))}
      {view.turns.map((turn) => (
        <TurnCard
          key={turn.index}
          turn={turn}
          status={item.turnStatus[turn.index] ?? "pending"}
          current={currentTurn === turn.index}
          editing={editing === turn.index}
          disabled={busy}
          onFocus={() => setCurrentTurn(turn.index)}
          onDecide={(decision) => decide(decision, turn.index)}
          onEdit={() => setEditing(turn.index)}
          onSave={(edit) => actions.edit({ id: item.id, turn: turn.index, query: edit.query, calls: edit.calls, expectedVersion: item.version })}
          onCancel={closeEditor}
        />
      ))}
      <CommentBox turns={view.turns.length} disabled={busy} onComment={(text, turn) => actions.comment({ id: item.id, turn, text, expectedVersion: item.version })} />
      {pairOf && pairOf.partners.length > 0 && <PairView key={pairOf.item.id} item={pairOf.item} partners={pairOf.partners} onOpen={onOpen} stale={pairOf.item.id !== item.id} />}
      <ReviewHistory entries={history} />
    </article>
  );
}
