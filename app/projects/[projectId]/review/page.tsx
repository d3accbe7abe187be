import { ReviewWorkspace } from "@/components/review/ReviewWorkspace";
import { QUEUE_PAGE } from "@/lib/review/queue-navigation";
import { parseReviewUrl } from "@/lib/review/url-state";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const projectId = Number((await params).projectId);
  const initial = parseReviewUrl(await searchParams);
  const queryClient = getQueryClient();
  const search = initial.search.trim() || undefined;
  void queryClient.prefetchQuery(trpc.reviews.facets.queryOptions({ projectId, runId: initial.runId }));
  // The first page and its open trajectory come with the HTML: the reviewer starts without a round trip.
  const queue = trpc.reviews.queue.queryOptions({ projectId, runId: initial.runId, filters: initial.filters, search, mine: initial.mine, offset: initial.offset, limit: QUEUE_PAGE });
  await queryClient.prefetchQuery(queue);
  const open = initial.item ?? queryClient.getQueryData(queue.queryKey)?.items[0]?.id;
  if (open !== undefined) void queryClient.prefetchQuery(trpc.reviews.get.queryOptions({ id: open }));
  return (
    <HydrateClient>
      <ReviewWorkspace projectId={projectId} initial={initial} />
    </HydrateClient>
  );
}
