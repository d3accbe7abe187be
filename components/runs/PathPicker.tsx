"use client";

import { useState } from "react";
import type { FunctionPath } from "@/server/pipeline/schemas/path";
import styles from "./runs.module.css";

const shape = (path: FunctionPath) => path.turns.map((t) => (t.kind === "call" ? t.functions.join("+") : t.kind)).join(" → ");

/** Ticks some of the project's paths, in the project's order; a filter narrows the list by id or function. */
export function PathPicker({ paths, chosen, onChange }: { paths: readonly FunctionPath[]; chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = needle === "" ? paths : paths.filter((p) => p.id.toLowerCase().includes(needle) || shape(p).toLowerCase().includes(needle));
  const set = new Set(chosen);
  const toggle = (id: string, on: boolean) => onChange(paths.map((p) => p.id).filter((pid) => (pid === id ? on : set.has(pid))));
  const shownIds = new Set(shown.map((p) => p.id));
  const tickShown = (on: boolean) => onChange(paths.map((p) => p.id).filter((pid) => (shownIds.has(pid) ? on : set.has(pid))));
  return (
    <div className={styles.group}>
      <input type="search" placeholder="filter by id or function" value={filter} onChange={(e) => setFilter(e.target.value)} data-id="run-path-filter" aria-label="Filter paths" />
      <div className={styles.pathPicker} data-id="run-path-list">
        {shown.map((path) => (
          <label key={path.id} className={styles.check} title={shape(path)}>
            <input type="checkbox" checked={set.has(path.id)} onChange={(e) => toggle(path.id, e.target.checked)} data-id="run-path" data-path-id={path.id} />
            <span className={styles.mono}>{path.id}</span>
            <span className="muted">
              ({path.turns.length} {path.turns.length === 1 ? "turn" : "turns"})
            </span>
          </label>
        ))}
        {shown.length === 0 && <span className="muted">No path matches.</span>}
      </div>
      <div className="row">
        <small className="muted" data-id="run-path-count">
          {chosen.length} of {paths.length} chosen
        </small>
        <button type="button" onClick={() => tickShown(true)} data-id="run-path-tick-shown">
          Tick {needle === "" ? "all" : "shown"}
        </button>
        <button type="button" onClick={() => tickShown(false)} data-id="run-path-untick-shown">
          Untick {needle === "" ? "all" : "shown"}
        </button>
      </div>
    </div>
  );
}
