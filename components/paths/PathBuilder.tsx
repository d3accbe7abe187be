"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { draftsReducer, type DraftEntry } from "@/lib/paths";
import { CoveragePanel } from "./CoveragePanel";
import { errorMessage } from "./errors";
import { PathEditor } from "./PathEditor";
import { PathList } from "./PathList";
import { SampleForm } from "./SampleForm";
import styles from "./paths.module.css";

/** The Paths tab: sample, browse, and edit one path at a time as a draft kept in the browser until saved. */
export function PathBuilder({ projectId, initialPathId }: { projectId: number; initialPathId?: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.paths.list.queryOptions({ projectId }));
  const coverage = useQuery(trpc.paths.coverage.queryOptions({ projectId }));
  const [drafts, dispatch] = useReducer(draftsReducer, {});
  const [selectedId, setSelectedId] = useState<string | undefined>(initialPathId);
  const stored = selectedId === undefined ? undefined : list.data?.find((p) => p.id === selectedId);

  useEffect(() => {
    if (stored) dispatch({ type: "open", path: stored });
  }, [stored]);

  const select = useCallback((id: string) => {
    setSelectedId(id);
    const url = new URL(window.location.href);
    url.searchParams.set("path", id);
    window.history.replaceState(window.history.state, "", url);
  }, []);

  const entry: DraftEntry | undefined = selectedId === undefined ? undefined : (drafts[selectedId] ?? (stored ? { path: stored, redo: [] } : undefined));

  return (
    <div className={styles.layout}>
      <aside className={styles.side}>
        <SampleForm projectId={projectId} />
        <CoveragePanel projectId={projectId} />
        {list.isPending && <p className="muted">Loading paths…</p>}
        {list.isError && (
          <p role="alert" className="error">
            {errorMessage(list.error)}
          </p>
        )}
        {list.data && <PathList paths={list.data} drafts={drafts} selectedId={selectedId} onSelect={select} />}
      </aside>
      <div className={styles.main}>
        {entry ? (
          <PathEditor key={entry.path.id} projectId={projectId} entry={entry} stored={stored} dispatch={dispatch} functionCounts={coverage.data?.counts.functions} />
        ) : (
          <div className="empty" data-testid="no-path-selected">
            {selectedId !== undefined && list.data ? (
              <>
                Path <code>{selectedId}</code> is not in this project.{" "}
              </>
            ) : null}
            Select a path in the list to edit a draft of it: merge, insert and split turns, undo and redo, then save it to the project.
          </div>
        )}
      </div>
    </div>
  );
}
