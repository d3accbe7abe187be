"use client";

import type { DragEvent } from "react";
import {
  describeEdge,
  groupInserts,
  insertLabel,
  noInsertReason,
  noSplitReason,
  operationKey,
  splitLabel,
  type Operation,
  type PathLink,
  type Turn,
  type TurnChoices,
} from "@/lib/paths";
import { ChoiceMenu } from "./ChoiceMenu";
import styles from "./paths.module.css";

export type DragPayload =
  | { kind: "turn"; index: number }
  | { kind: "chip"; turn: number; function: string }
  | { kind: "suggestion"; function: string; after: number };

export function LinkMark({ index, link }: { index: number; link: PathLink }) {
  const { summary, detail } = describeEdge(link.source, link.target, link.edge);
  return (
    <span className={styles.link} data-testid={`link-${index}`} data-edge={link.edge ? link.edge.kind : "none"} title={detail}>
      <span aria-hidden>→</span>
      <span className={styles.linkText}>{summary}</span>
    </span>
  );
}

const withheldText = (turn: Turn) => {
  const w = turn.withheld;
  if (!w) return "";
  return turn.kind === "miss_func"
    ? `the tools lack ${w.function}: the assistant should say it cannot call it`
    : `the query leaves out ${w.parameter ?? "a required parameter"} of ${w.function}: the assistant should ask for it`;
};

/** One turn of the draft: kind, function chips with the links between them, and its Insert / Split menus. */
export function TurnLane({
  turns,
  index,
  choices,
  links,
  linksInside,
  loading,
  busy,
  openMenu,
  setOpenMenu,
  apply,
  functionCounts,
  dropState,
  onDragStart,
  onDragEnd,
  onDragOver,
  onDragLeave,
  onDrop,
}: {
  turns: readonly Turn[];
  index: number;
  choices: TurnChoices | undefined;
  links: readonly PathLink[] | undefined;
  linksInside: ReadonlyMap<number, number> | undefined;
  loading: boolean;
  busy: boolean;
  openMenu: string | null;
  setOpenMenu: (menu: string | null) => void;
  apply: (op: Operation) => void;
  functionCounts: Readonly<Record<string, number>> | undefined;
  dropState: "ok" | "refused" | null;
  onDragStart: (payload: DragPayload, event: DragEvent) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
}) {
  const turn = turns[index] as Turn;
  const previous = turns[index - 1];
  const suppliedAfter = previous && (previous.kind === "miss_func" || previous.kind === "miss_param") ? previous.withheld?.function : undefined;
  const insertMenu = `insert-${index}`;
  const splitMenu = `split-${index}`;
  const disabled = busy || loading;
  const choose = (op: Operation) => {
    setOpenMenu(null);
    apply(op);
  };
  const uses = (f: string) => {
    const n = functionCounts?.[f];
    return n === undefined ? "" : ` · in ${n} stored ${n === 1 ? "path" : "paths"}`;
  };
  return (
    <div
      className={styles.lane}
      data-testid={`turn-${index}`}
      data-kind={turn.kind}
      data-drop={dropState ?? undefined}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <div
        className={styles.laneHead}
        draggable={!disabled}
        onDragStart={(e) => onDragStart({ kind: "turn", index }, e)}
        onDragEnd={onDragEnd}
        title="drag onto the turn above or below to merge them"
      >
        <span className={styles.grip} aria-hidden>
          ⋮⋮
        </span>
        <span className={styles.laneIndex}>Turn {index}</span>
        <span className={styles.kind} data-kind={turn.kind}>
          {turn.kind}
        </span>
      </div>
      <div className={styles.chips}>
        {turn.kind === "call" &&
          turn.functions.map((f, position) => {
            const linkIndex = linksInside?.get(position);
            const link = linkIndex === undefined ? undefined : links?.[linkIndex];
            const implicit = turn.implicit?.includes(f) ?? false;
            return (
              <span key={`${position}-${f}`} className={styles.chipWithLink}>
                {link && linkIndex !== undefined && <LinkMark index={linkIndex} link={link} />}
                <span
                  className={`${styles.chip} ${implicit ? styles.implicit : ""} ${f === suppliedAfter ? styles.supplied : ""}`}
                  data-id={f}
                  data-implicit={implicit || undefined}
                  draggable={!disabled}
                  onDragStart={(e) => {
                    e.stopPropagation();
                    onDragStart({ kind: "chip", turn: index, function: f }, e);
                  }}
                  onDragEnd={onDragEnd}
                  title={`${f}${implicit ? ": implicit, called without being named in the query (same-turn insert)" : ""}${
                    f === suppliedAfter ? `: withheld in turn ${index - 1}, called once the user supplies it` : ""
                  }${uses(f)}`}
                >
                  {f}
                  {implicit && <span className={styles.chipTag}>implicit</span>}
                </span>
              </span>
            );
          })}
        {(turn.kind === "miss_func" || turn.kind === "miss_param") && turn.withheld && (
          <>
            <span className={`${styles.chip} ${styles.withheld}`} data-withheld={turn.withheld.function} data-parameter={turn.withheld.parameter} title={withheldText(turn)}>
              {turn.withheld.function}
              {turn.withheld.parameter !== undefined && <>.{turn.withheld.parameter}</>}
              <span className={styles.chipTag}>withheld</span>
            </span>
            <span className={styles.laneNote}>{withheldText(turn)}</span>
          </>
        )}
        {turn.kind === "irrelevant" && <span className={styles.laneNote}>a query none of the tools can answer: no call</span>}
      </div>
      <div className={styles.laneActions}>
        <ChoiceMenu
          testId={insertMenu}
          label="Insert…"
          count={choices?.inserts.length}
          loading={loading}
          open={openMenu === insertMenu}
          onOpenChange={(open) => setOpenMenu(open ? insertMenu : null)}
          emptyReason={noInsertReason(turns, index)}
        >
          {choices &&
            groupInserts(choices.inserts).map((group) => (
              <div key={group.function} className={styles.menuGroup}>
                <div className={styles.menuGroupTitle}>
                  <code>{group.function}</code> <span className="muted">nested neighbour of {turn.functions.at(-1)}</span>
                </div>
                {[...(group.sameTurn ? [group.sameTurn] : []), ...group.later].map((op) => (
                  <button
                    key={operationKey(op)}
                    type="button"
                    role="menuitem"
                    disabled={disabled}
                    data-function={op.function}
                    data-mode={op.mode}
                    data-at={op.at}
                    onClick={() => choose(op)}
                  >
                    {insertLabel(op)}
                  </button>
                ))}
              </div>
            ))}
        </ChoiceMenu>
        <ChoiceMenu
          testId={splitMenu}
          label="Split…"
          count={choices?.splits.length}
          loading={loading}
          open={openMenu === splitMenu}
          onOpenChange={(open) => setOpenMenu(open ? splitMenu : null)}
          emptyReason={noSplitReason(turns, index)}
        >
          {choices?.splits.map((op) => (
            <button
              key={operationKey(op)}
              type="button"
              role="menuitem"
              disabled={disabled}
              data-function={op.function}
              data-label={op.label}
              data-parameter={op.parameter}
              onClick={() => choose(op)}
              title={op.label === "miss_func" ? `withhold ${op.function} from the tools` : `leave ${op.parameter} of ${op.function} out of the query`}
            >
              {splitLabel(op)}
            </button>
          ))}
        </ChoiceMenu>
      </div>
    </div>
  );
}
