import { ProjectTable } from "@/components/projects/ProjectTable";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  await getQueryClient().prefetchQuery(trpc.projects.list.queryOptions());
  return (
    <>
      <h1>Projects</h1>
      <p className="muted">Each project holds function catalogs, their dependency graph and the sampled paths.</p>
      <HydrateClient>
        <ProjectTable />
      </HydrateClient>
    </>
  );
}
