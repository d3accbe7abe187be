"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { shortcutFor, type ShortcutAction } from "@/lib/review/keyboard";
import { followingIds, QUEUE_PAGE, stepInQueue } from "@/lib/review/queue-navigation";
import type { QueueFilters as Filters } from "@/lib/review/types";
import { reviewUrlSearch, type ReviewUrlState } from "@/lib/review/url-state";
import { useTRPC } from "@/lib/trpc/client";
import { BulkBar } from "./BulkBar";
import { QueueFilters } from "./QueueFilters";
import { QueueList } from "./QueueList";
import { ReviewHeader } from "./ReviewHeader";
import { ShortcutHelp } from "./ShortcutHelp";
import { TrajectoryViewer, type ViewerShortcut } from "./TrajectoryViewer";
import { useDebounced } from "./use-debounced";
import { useReviewer } from "./use-reviewer";
import styles from "./review.module.css";

/** Items fetched ahead of the open one: two, so that even quick `j` presses find the next one loaded. */
const PREFETCH_ITEMS = 2;
/** Within this many items of a page's end, the next page is fetched ahead. */
const PREFETCH_PAGE_AT = 5;

/** The Review tab: the filtered queue on the left, the open trajectory on the right, driven by keyboard or mouse. */
export function ReviewWorkspace({ projectId, initial }: { projectId: number; initial: ReviewUrlState }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reviewer = useReviewer();
  const [state, setState] = useState(initial);
  const [pick, setPick] = useState<"first" | "last">();
  const [help, setHelp] = useState(false);
  /** Set once the shortcuts listen: the server-rendered page shows the viewer before they do. */
  const [ready, setReady] = useState(false);
  const viewerShortcut = useRef<ViewerShortcut>(undefined);
  const typed = useDebounced(state.search, 250);
  // Clearing the search needs no pause: the whole queue comes back at once.
  const search = state.search.trim() === "" ? "" : typed;

  const selection = useMemo(
    () => ({ projectId, runId: state.runId, filters: state.filters, search: search.trim() || undefined, mine: state.mine }),
    [projectId, state.runId, state.filters, search, state.mine],
  );
  const queue = useQuery({ ...trpc.reviews.queue.queryOptions({ ...selection, offset: state.offset, limit: QUEUE_PAGE }), placeholderData: keepPreviousData });
  const facets = useQuery(trpc.reviews.facets.queryOptions({ projectId, runId: state.runId }));
  const page = queue.data;
  const ids = useMemo(() => page?.items.map((item) => item.id) ?? [], [page]);
  const selectedId = state.item ?? (queue.isPlaceholderData ? undefined : ids[0]);
  // While a new filter's first page loads, the viewer keeps what it shows instead of flashing empty.
  const [lastSelected, setLastSelected] = useState<number>();
  if (selectedId !== undefined && selectedId !== lastSelected) setLastSelected(selectedId);
  const viewerId = selectedId ?? (queue.isPlaceholderData ? lastSelected : undefined);

  // The open item stays open when a decision takes it out of a filtered page; `j` goes on from its place.
  const wasAt = useRef<number>(undefined);
  useEffect(() => {
    if (state.item === undefined && selectedId !== undefined) setState((s) => ({ ...s, item: selectedId }));
    const at = selectedId === undefined ? -1 : ids.indexOf(selectedId);
    if (at >= 0) wasAt.current = at;
  }, [state.item, selectedId, ids]);

  // After `j` / `k` crossed a page boundary: select the first / last item once the new page is in.
  useEffect(() => {
    if (pick === undefined || !page || queue.isPlaceholderData || page.offset !== state.offset) return;
    const id = pick === "first" ? page.items[0]?.id : page.items.at(-1)?.id;
    setPick(undefined);
    setState((s) => ({ ...s, item: id }));
  }, [pick, page, queue.isPlaceholderData, state.offset]);

  // The address bar keeps the queue, so a reload opens the same filters, page and item.
  useEffect(() => {
    const query = reviewUrlSearch({ ...state, search, item: selectedId });
    const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, "", url);
  }, [state, search, selectedId]);

  // Opening the next item must feel instant: its record (and near a page's end, the next page) is fetched ahead.
  useEffect(() => {
    if (!page) return;
    for (const id of followingIds(ids, selectedId, PREFETCH_ITEMS)) void queryClient.prefetchQuery(trpc.reviews.get.queryOptions({ id }));
    const at = selectedId === undefined ? -1 : ids.indexOf(selectedId);
    if (at >= ids.length - PREFETCH_PAGE_AT && page.offset + ids.length < page.total) {
      const nextPage = trpc.reviews.queue.queryOptions({ ...selection, offset: page.offset + QUEUE_PAGE, limit: QUEUE_PAGE });
      void queryClient.fetchQuery(nextPage).then((p) => {
        const first = p.items[0];
        if (first) void queryClient.prefetchQuery(trpc.reviews.get.queryOptions({ id: first.id }));
      });
    }
  }, [page, ids, selectedId, selection, queryClient, trpc]);

  const select = useCallback((id: number) => setState((s) => ({ ...s, item: id })), []);
  const changeSelection = useCallback((change: { runId?: number; filters?: Filters; search?: string }) => {
    setPick(undefined);
    wasAt.current = undefined;
    setState((s) => ({ ...s, ...change, offset: 0, item: undefined }));
  }, []);
  const goToPage = useCallback((offset: number, first: "first" | "last" = "first") => {
    setPick(first);
    setState((s) => ({ ...s, offset }));
  }, []);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (!page) return;
      const target = stepInQueue({ offset: page.offset, ids, total: page.total }, selectedId, direction, QUEUE_PAGE, wasAt.current);
      if (target === undefined) return;
      if ("id" in target) select(target.id);
      else goToPage(target.offset, target.pick);
    },
    [page, ids, selectedId, select, goToPage],
  );

  // One listener for the page's life; it calls whatever the latest render made of the keys.
  const onShortcut = useRef<(action: ShortcutAction) => void>(() => undefined);
  useLayoutEffect(() => {
    onShortcut.current = (action) => {
      if (action === "next") step(1);
      else if (action === "previous") step(-1);
      else if (action === "help") setHelp((open) => !open);
      else if (action === "close" && help) setHelp(false);
      else viewerShortcut.current?.(action);
    };
  }, [step, help]);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const action = shortcutFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: event.target instanceof HTMLElement ? event.target : null });
      if (action === undefined) return;
      event.preventDefault();
      onShortcut.current(action);
    };
    document.addEventListener("keydown", listener);
    setReady(true);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  return (
    <div className={styles.workspace}>
      <ReviewHeader reviewer={reviewer} facets={facets.data} onHelp={() => setHelp(true)} />
      <div className={styles.columns}>
        <aside className={styles.queueColumn}>
          <QueueFilters facets={facets.data} runId={state.runId} filters={state.filters} search={state.search} onChange={changeSelection} />
          <BulkBar selection={selection} total={queue.isPlaceholderData ? undefined : page?.total} reviewer={reviewer.name} disabled={reviewer.problem !== undefined} />
          <QueueList page={page} loading={queue.isPending} error={queue.error} selectedId={selectedId} pageSize={QUEUE_PAGE} onSelect={select} onPage={goToPage} />
        </aside>
        <section className={styles.viewerColumn}>
          <TrajectoryViewer projectId={projectId} id={viewerId} ready={ready} reviewer={reviewer.name} canDecide={reviewer.problem === undefined} shortcut={viewerShortcut} onOpen={select} />
        </section>
      </div>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
