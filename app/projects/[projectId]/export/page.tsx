import { notFound } from "next/navigation";
import { ExportView } from "@/components/export/ExportView";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function ExportPage({ params }: { params: Promise<{ projectId: string }> }) {
  const projectId = Number((await params).projectId);
  if (!Number.isInteger(projectId) || projectId <= 0) notFound();
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.runs.list.queryOptions({ projectId }));
  void queryClient.prefetchQuery(trpc.exports.list.queryOptions({ projectId }));
  const project = await queryClient.fetchQuery(trpc.projects.get.queryOptions({ projectId }));
  return (
    <HydrateClient>
      <ExportView projectId={projectId} projectName={project.name} />
    </HydrateClient>
  );
}
