import { ProjectTable } from "@/components/projects/ProjectTable";
import { studioDb } from "@/server/db";
import { listProjects } from "@/server/services/projects";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const projects = listProjects(studioDb());
  return (
    <>
      <h1>Projects</h1>
      <p className="muted">Each project holds function catalogs, their dependency graph and the sampled paths.</p>
      <ProjectTable projects={projects} />
    </>
  );
}
