"use client";

import "@xyflow/react/dist/style.css";
import { useQuery } from "@tanstack/react-query";
import { ReactFlowProvider } from "@xyflow/react";
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";
import type { Cluster } from "@/lib/graph/cluster";
import { countDegrees } from "@/lib/graph/degree";
import type { GraphFilters } from "@/lib/graph/filter";
import { parametersOf, toFlow, type GraphFlowEdge, type ParameterInfo } from "@/lib/graph/flow";
import type { Point } from "@/lib/graph/layout";
import { layoutView, unpackPositions, type PackedPositions } from "@/lib/graph/layout-view";
import { edgeId, type GraphData, type GraphEdge } from "@/lib/graph/types";
import { buildView, clampHops, MAX_HOPS, viewRequestKey, viewSize, type GraphView } from "@/lib/graph/view";
import { useTRPC } from "@/lib/trpc/client";
import { AddEdgeForm } from "./AddEdgeForm";
import { EdgePanel } from "./EdgePanel";
import { FilterBar } from "./FilterBar";
import { FocusEdges } from "./FocusEdges";
import { FocusSearch } from "./FocusSearch";
import { GraphCanvas } from "./GraphCanvas";
import { GraphLegend } from "./GraphLegend";
import { RebuildPanel } from "./RebuildPanel";
import styles from "./graph.module.css";

export interface GraphExplorerProps {
  projectId: number;
  /** From `?focus=`: a function id to open focused on. */
  initialFocus?: string;
  /** From `?hops=` (1 to 3). */
  initialHops?: number;
  /** The first view laid out by the server (small graphs): `key` is its `viewRequestKey`. */
  initialLayout?: { key: string; positions: PackedPositions };
}

const EMPTY: GraphData = { nodes: [], edges: [] };
const NONE: readonly string[] = [];

/** Runs `task` when the browser is idle (or after a second at the latest); returns a cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}

const subscribeNothing = () => () => {};
/** False while rendering on the server (and hydrating), true in the browser afterwards. */
const useInBrowser = (): boolean =>
  useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

/**
 * The graph explorer: a focused, filtered or clustered view of the project's dependency graph, with
 * edge evidence, annotator edits and rebuilds. `data-ready="true"` on the root once the shown graph is
 * laid out, measured and fitted.
 */
export function GraphExplorer(props: GraphExplorerProps) {
  return (
    <ReactFlowProvider>
      <Explorer {...props} />
    </ReactFlowProvider>
  );
}

/** Suggestions for the add-edge pickers: every function id (thousands for big catalogs, so rendered once). */
const FunctionOptions = memo(function FunctionOptions({ id, nodes }: { id: string; nodes: GraphData["nodes"] }) {
  return (
    <datalist id={id}>
      {nodes.map((node) => (
        <option key={node.id} value={node.id} />
      ))}
    </datalist>
  );
});

function describe(view: GraphView, clustered: boolean): string {
  const { nodes, edges } = viewSize(view);
  const drawn =
    view.mode !== "clusters" && view.hiddenEdges > 0
      ? `, ${edges} of ${edges + view.hiddenEdges} edges (${view.edgesPerNode === 1 ? "the strongest edge" : `the ${view.edgesPerNode} strongest edges`} into and out of each function)`
      : `, ${edges} edge${edges === 1 ? "" : "s"}`;
  switch (view.mode) {
    case "functions":
      return `showing ${nodes} function${nodes === 1 ? "" : "s"}${drawn}`;
    case "focus":
      return `showing ${nodes} (${view.hops}-hop neighbourhood of ${view.focus}${view.truncated ? `, nearest ${nodes} of ${view.total}` : ""})${drawn}`;
    case "clusters": {
      const unit = view.by === "toolkit" ? "toolkits" : "categories";
      const hidden = view.hidden > 0 ? ` (${view.hidden} smaller ones hidden)` : "";
      const why = clustered ? "" : ", too many to draw";
      return `showing ${nodes} ${unit}${hidden} — ${view.matching} functions${why}: open a cluster or focus a function`;
    }
  }
}

function Explorer({ projectId, initialFocus, initialHops, initialLayout }: GraphExplorerProps) {
  const trpc = useTRPC();
  const graphQuery = useQuery(trpc.graph.get.queryOptions({ projectId }));
  const graph: GraphData = graphQuery.data ?? EMPTY;
  const inBrowser = useInBrowser();

  const [filters, setFilters] = useState<GraphFilters>({});
  const [focus, setFocus] = useState<string | null>(initialFocus ?? null);
  const [hops, setHops] = useState(clampHops(initialHops));
  const [clustered, setClustered] = useState(false);
  const [allEdges, setAllEdges] = useState(false);
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [readyKey, setReadyKey] = useState<string | null>(null);
  const [wasReady, setWasReady] = useState(false);
  const functionListId = useId();
  // Parameter names come with the catalog (megabytes for big ones): fetched once the graph is up, the
  // cards show required parameters (from the graph) until then.
  const catalogQuery = useQuery(trpc.catalog.functions.queryOptions({ projectId }, { enabled: wasReady }));

  // Dragging the weight slider should not queue a layout per step.
  const deferredFilters = useDeferredValue(filters);

  const degrees = useMemo(() => countDegrees(graph.edges), [graph.edges]);
  const toolkits = useMemo(() => {
    const nodes = filters.category ? graph.nodes.filter((node) => node.category === filters.category) : graph.nodes;
    return [...new Set(nodes.map((node) => node.toolkit))].sort();
  }, [graph.nodes, filters.category]);
  const categories = useMemo(() => [...new Set(graph.nodes.map((node) => node.category))].sort(), [graph.nodes]);
  const edgeById = useMemo(() => new Map<string, GraphEdge>(graph.edges.map((edge) => [edgeId(edge.source, edge.target), edge])), [graph.edges]);
  const parameters = useMemo(() => {
    const functions = catalogQuery.data?.functions;
    if (!functions) return undefined;
    return new Map<string, readonly ParameterInfo[]>(functions.map((spec) => [spec.id, parametersOf(spec.parameters)]));
  }, [catalogQuery.data]);

  const request = useMemo(
    () => ({ filters: deferredFilters, focus, hops, clustered, allEdges }),
    [deferredFilters, focus, hops, clustered, allEdges],
  );
  const view = useMemo(() => buildView(graph, request), [graph, request]);
  // Laid out in the browser only (on the server it would hold the HTML back and be redone anyway),
  // unless the server sent this very view's layout.
  const positions = useMemo(() => {
    if (!inBrowser) return new Map<string, Point>();
    const fromServer = initialLayout?.key === viewRequestKey(request) ? unpackPositions(view, initialLayout.positions) : undefined;
    return fromServer ?? layoutView(view);
  }, [view, request, inBrowser, initialLayout]);
  const flow = useMemo(() => toFlow(view, positions, { degrees, parameters }), [view, positions, degrees, parameters]);
  const edges = useMemo(
    (): GraphFlowEdge[] => flow.edges.map((edge) => (edge.id === selectedEdgeId ? { ...edge, selected: true, zIndex: 1 } : edge)),
    [flow.edges, selectedEdgeId],
  );
  // What is shown, not the data under it: a new key fits the view again.
  const viewKey = useMemo(
    () => `${view.mode} ${viewRequestKey({ ...request, focus: view.mode === "focus" ? view.focus : null })}`,
    [view, request],
  );
  const loaded = graphQuery.isSuccess && inBrowser;
  const ready = loaded && readyKey === viewKey;
  // Once the graph is up and the browser idle: the long option lists and the catalog's parameters.
  useEffect(() => {
    if (!ready || wasReady) return;
    return whenIdle(() => setWasReady(true));
  }, [ready, wasReady]);

  // Keep ?focus= and ?hops= in the address, so a focused view can be linked to (no server round trip).
  useEffect(() => {
    const url = new URL(window.location.href);
    if (focus) url.searchParams.set("focus", focus);
    else url.searchParams.delete("focus");
    if (focus && hops !== 1) url.searchParams.set("hops", String(hops));
    else url.searchParams.delete("hops");
    if (url.href !== window.location.href) window.history.replaceState(null, "", url);
  }, [focus, hops]);

  const nodeById = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph.nodes]);
  const focusFunction = useCallback(
    (id: string) => {
      setFocus(id);
      setNotice(null);
      // A function outside the toolkit or category shown: show its neighbourhood, not just itself.
      const node = nodeById.get(id);
      setFilters((current) =>
        node && ((current.toolkit && current.toolkit !== node.toolkit) || (current.category && current.category !== node.category))
          ? { ...current, toolkit: undefined, category: undefined }
          : current,
      );
    },
    [nodeById],
  );
  const clearFocus = useCallback(() => {
    setFocus(null);
    setNotice(null);
  }, []);
  const openCluster = useCallback((cluster: Cluster) => {
    setClustered(false);
    setFilters((current) => (cluster.by === "toolkit" ? { ...current, toolkit: cluster.key } : { ...current, category: cluster.key, toolkit: undefined }));
  }, []);
  const selectEdge = useCallback((id: string | null) => {
    setSelectedEdgeId(id);
    if (id) setNotice(null);
  }, []);
  const onReady = useCallback((key: string) => setReadyKey(key), []);
  const changeFilters = useCallback((next: GraphFilters) => {
    setFilters(next);
    setNotice(null);
  }, []);
  const edgeAdded = useCallback((id: string) => {
    setSelectedEdgeId(id);
    setNotice(null);
  }, []);

  // Hundreds of toolkits: their options wait until the graph is up.
  const toolkitOptions = useMemo(
    () => (wasReady ? toolkits : filters.toolkit ? [filters.toolkit] : NONE),
    [wasReady, toolkits, filters.toolkit],
  );
  const focusEdges = useMemo(
    () => (view.mode === "focus" ? view.edges.filter((edge) => edge.source === view.focus || edge.target === view.focus) : []),
    [view],
  );
  const selectedEdge = selectedEdgeId ? edgeById.get(selectedEdgeId) : undefined;
  const { nodes: shownNodes, edges: shownEdges } = viewSize(view);

  return (
    <div className={styles.explorer} data-testid="graph-explorer" data-ready={ready ? "true" : "false"} data-mode={view.mode}>
      <div className={styles.toolbar} role="search" aria-label="Focus">
        <FocusSearch nodes={graph.nodes} focus={focus} onFocus={focusFunction} />
        <div className={styles.field}>
          <label htmlFor={`${functionListId}-hops`}>Hops</label>
          <select id={`${functionListId}-hops`} value={hops} onChange={(event) => setHops(clampHops(Number(event.target.value)))} data-testid="focus-hops">
            {Array.from({ length: MAX_HOPS }, (_, index) => index + 1).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={clearFocus} disabled={!focus} data-testid="clear-focus">
          Clear focus
        </button>
      </div>

      <FilterBar filters={filters} onChange={changeFilters} toolkits={toolkitOptions} categories={categories} clustered={clustered} onClusteredChange={setClustered} allEdges={allEdges} onAllEdgesChange={setAllEdges} />

      <p
        className={styles.status}
        role="status"
        data-testid="graph-status"
        data-mode={view.mode}
        data-nodes={shownNodes}
        data-edges={shownEdges}
      >
        {!loaded
          ? "Loading the graph…"
          : `${graph.nodes.length} functions · ${graph.edges.length} edges · ${describe(view, clustered)}`}
        {notice ? ` · ${notice}` : null}
      </p>
      {graphQuery.error ? (
        <p role="alert" className={styles.error}>
          Could not load the graph: {graphQuery.error.message}
        </p>
      ) : null}

      <div className={styles.main}>
        <div className={styles.canvas}>
          {loaded ? (
            <GraphCanvas
              nodes={flow.nodes}
              edges={edges}
              viewKey={viewKey}
              onFocusFunction={focusFunction}
              onOpenCluster={openCluster}
              onSelectEdge={selectEdge}
              onReady={onReady}
            />
          ) : null}
          {loaded && shownNodes === 0 ? (
            <div className={styles.overlay}>
              {graph.nodes.length === 0 ? "No functions yet: import a catalog into this project." : "Nothing matches these filters."}
            </div>
          ) : null}
          {!loaded && !graphQuery.error ? <div className={styles.overlay}>Loading the graph…</div> : null}
        </div>

        <aside className={styles.side} aria-label="Graph tools">
          {selectedEdge ? (
            <EdgePanel
              key={selectedEdgeId}
              projectId={projectId}
              edge={selectedEdge}
              onClose={() => setSelectedEdgeId(null)}
              onRemoved={(message) => {
                setSelectedEdgeId(null);
                setNotice(message);
              }}
              onFocusFunction={focusFunction}
            />
          ) : null}
          {view.mode === "focus" ? (
            <FocusEdges focus={view.focus} edges={focusEdges} selectedEdgeId={selectedEdgeId} onSelectEdge={selectEdge} />
          ) : null}
          <GraphLegend />
          <AddEdgeForm projectId={projectId} functionListId={functionListId} defaultSource={focus ?? undefined} onAdded={edgeAdded} />
          <RebuildPanel projectId={projectId} />
        </aside>
      </div>
      <FunctionOptions id={functionListId} nodes={wasReady ? graph.nodes : EMPTY.nodes} />
    </div>
  );
}
