import { notFound } from "next/navigation";
import { CatalogView } from "@/components/catalog/CatalogView";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function CatalogPage({ params }: { params: Promise<{ projectId: string }> }) {
  const projectId = Number((await params).projectId);
  // The project layout already answers 404 for an unknown project; this guards the input schema.
  if (!Number.isInteger(projectId) || projectId <= 0) notFound();
  const queryClient = getQueryClient();
  // Awaited (local SQLite, fast) so the first HTML already holds the tables instead of a loading state.
  await Promise.all([
    queryClient.prefetchQuery(trpc.catalog.functions.queryOptions({ projectId })),
    queryClient.prefetchQuery(trpc.catalog.files.queryOptions({ projectId })),
  ]);
  return (
    <HydrateClient>
      <CatalogView projectId={projectId} />
    </HydrateClient>
  );
}
