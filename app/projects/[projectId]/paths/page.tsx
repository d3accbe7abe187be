import { PathBuilder } from "@/components/paths/PathBuilder";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function PathsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = Number((await params).projectId);
  const selected = (await searchParams).path;
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.paths.list.queryOptions({ projectId: id }));
  // Not paths.coverage: its counts are null-prototype records, which cannot cross into a client
  // component in the dehydrated state; the browser fetches them as JSON instead.
  return (
    <HydrateClient>
      <PathBuilder projectId={id} initialPathId={typeof selected === "string" ? selected : undefined} />
    </HydrateClient>
  );
}
