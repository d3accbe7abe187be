"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { diffDraft, summarizePath, type Drafts, type FunctionPath } from "@/lib/paths";
import styles from "./paths.module.css";

const PAGE = 100;

/** The stored paths, filtered by id or function; a dot marks a path whose draft has unsaved changes. */
export function PathList({
  paths,
  drafts,
  selectedId,
  onSelect,
}: {
  paths: readonly FunctionPath[];
  drafts: Drafts;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const [filter, setFilter] = useState("");
  const [shown, setShown] = useState(PAGE);
  const query = useDeferredValue(filter.trim().toLowerCase());
  const matching = useMemo(
    () => (query === "" ? paths : paths.filter((p) => p.id.toLowerCase().includes(query) || p.turns.some((t) => t.functions.some((f) => f.toLowerCase().includes(query))))),
    [paths, query],
  );
  const visible = matching.slice(0, shown);
  return (
    <section className={styles.panel} aria-labelledby="path-list-title">
      <h2 className={styles.panelTitle} id="path-list-title">
        Paths <span className="muted">({paths.length})</span>
      </h2>
      <input
        type="search"
        className={styles.filter}
        placeholder="Filter by id or function"
        aria-label="Filter paths"
        data-testid="path-filter"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setShown(PAGE);
        }}
      />
      {paths.length === 0 ? (
        <p className="muted" data-testid="no-paths">
          No paths yet: sample some with the form above.
        </p>
      ) : (
        <ul className={styles.pathList} data-testid="path-list">
          {visible.map((path) => {
            const summary = summarizePath(path);
            const draft = drafts[path.id];
            const dirty = draft !== undefined && diffDraft(draft.path, path).dirty;
            const selected = path.id === selectedId;
            return (
              <li key={path.id} data-id={path.id} data-dirty={dirty || undefined} className={selected ? styles.selected : undefined}>
                <button type="button" aria-current={selected ? "true" : undefined} onClick={() => onSelect(path.id)} title={summary.shape}>
                  <span className={styles.pathId}>
                    {path.id}
                    {dirty && (
                      <span className={styles.dirtyDot} title="unsaved draft" aria-label="unsaved draft">
                        ●
                      </span>
                    )}
                  </span>
                  <span className={styles.pathMeta}>
                    {summary.turns} {summary.turns === 1 ? "turn" : "turns"} · {summary.operations}
                  </span>
                  <span className={styles.pathShape}>{summary.shape}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {paths.length > 0 && matching.length === 0 && <p className="muted">No path matches “{filter}”.</p>}
      {matching.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show more ({matching.length - shown} left)
        </button>
      )}
    </section>
  );
}
