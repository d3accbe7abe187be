import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ProjectTabs } from "@/components/layout/ProjectTabs";
import { studioDb } from "@/server/db";
import { NotFound } from "@/server/pipeline/errors";
import { getProject } from "@/server/services/projects";

export const dynamic = "force-dynamic";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ projectId: string }> }) {
  const id = Number((await params).projectId);
  let project;
  try {
    project = Number.isInteger(id) && id > 0 ? getProject(studioDb(), id) : undefined;
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
  if (!project) notFound();
  return (
    <>
      <p className="muted">
        <Link href="/">Projects</Link> /
      </p>
      <h1 data-testid="project-name">{project.name}</h1>
      <ProjectTabs projectId={project.id} />
      {children}
    </>
  );
}
