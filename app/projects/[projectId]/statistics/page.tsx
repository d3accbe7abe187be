import { notFound } from "next/navigation";
import { StatisticsView } from "@/components/statistics/StatisticsView";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function StatisticsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const projectId = Number((await params).projectId);
  if (!Number.isInteger(projectId) || projectId <= 0) notFound();
  const queryClient = getQueryClient();
  // Awaited: the figures are a few grouped queries, and the charts then render with the first paint.
  await queryClient.prefetchQuery(trpc.statistics.project.queryOptions({ projectId }));
  return (
    <HydrateClient>
      <StatisticsView projectId={projectId} />
    </HydrateClient>
  );
}
