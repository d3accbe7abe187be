import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { GraphExplorer } from "@/components/graph/GraphExplorer";
import { layoutView, packPositions, type PackedPositions } from "@/lib/graph/layout-view";
import { graphGetUrl } from "@/lib/graph/preload";
import { buildView, viewRequestKey, type ViewRequest } from "@/lib/graph/view";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";
import { studioDb } from "@/server/db";
import { projectCounts } from "@/server/services/projects";

export const dynamic = "force-dynamic";

/**
 * Graphs up to this size travel inside the page, their first view laid out here (the server's dagre
 * is warm; the browser's would be compiling). Bigger ones are megabytes of evidence that the browser
 * parses much faster as JSON than inside the RSC payload: it fetches them while loading the scripts.
 */
const EMBED_MAX_EDGES = 2000;
const EMBED_MAX_FUNCTIONS = 400;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export default async function GraphPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<SearchParams> }) {
  const projectId = Number((await params).projectId);
  if (!Number.isInteger(projectId) || projectId <= 0) notFound();
  const query = await searchParams;
  const focus = first(query.focus) || undefined;
  const hopsParam = Number(first(query.hops));
  const hops = Number.isFinite(hopsParam) ? hopsParam : undefined;
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.graph.rebuildStatus.queryOptions({ projectId }));

  let initialLayout: { key: string; positions: PackedPositions } | undefined;
  const counts = projectCounts(studioDb(), projectId);
  if (counts.edges <= EMBED_MAX_EDGES && counts.functions <= EMBED_MAX_FUNCTIONS) {
    const graph = await queryClient.fetchQuery(trpc.graph.get.queryOptions({ projectId })).catch(() => undefined);
    if (graph) {
      const request: ViewRequest = { filters: {}, focus, hops };
      initialLayout = { key: viewRequestKey(request), positions: packPositions(layoutView(buildView(graph, request))) };
    }
  } else {
    // The tRPC query picks this response up (same URL) when the explorer mounts.
    preload(graphGetUrl(projectId), { as: "fetch", crossOrigin: "anonymous" });
  }
  return (
    <HydrateClient>
      <GraphExplorer projectId={projectId} initialFocus={focus} initialHops={hops} initialLayout={initialLayout} />
    </HydrateClient>
  );
}
