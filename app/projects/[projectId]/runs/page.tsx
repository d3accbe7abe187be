import { RunsWorkspace } from "@/components/runs/RunsWorkspace";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function RunsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const id = Number((await params).projectId);
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.teachers.list.queryOptions());
  void queryClient.prefetchQuery(trpc.runs.list.queryOptions({ projectId: id }));
  void queryClient.prefetchQuery(trpc.paths.list.queryOptions({ projectId: id }));
  return (
    <HydrateClient>
      <RunsWorkspace projectId={id} />
    </HydrateClient>
  );
}
