"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import type { ProjectSummary } from "@/server/services/projects";
import { NewProjectForm } from "./NewProjectForm";

function ProjectRow({ project }: { project: ProjectSummary }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(project.name);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.projects.list.queryKey() });
  const rename = useMutation(trpc.projects.rename.mutationOptions({ onSuccess: () => (setEditing(false), refresh()) }));
  const remove = useMutation(trpc.projects.delete.mutationOptions({ onSuccess: refresh }));
  const error = rename.error ?? remove.error;
  return (
    <tr data-id={project.name}>
      <td>
        {editing ? (
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              rename.mutate({ projectId: project.id, name });
            }}
          >
            <input aria-label="New name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
            <button type="submit" className="primary" disabled={rename.isPending}>
              Save
            </button>
            <button type="button" onClick={() => (setEditing(false), setName(project.name))}>
              Cancel
            </button>
          </form>
        ) : (
          <Link href={`/projects/${project.id}/catalog`}>{project.name}</Link>
        )}
        {error && (
          <div role="alert" className="error">
            {error.message}
          </div>
        )}
      </td>
      <td className="num">{project.counts.catalogs}</td>
      <td className="num">{project.counts.functions}</td>
      <td className="num">{project.counts.edges}</td>
      <td className="num">{project.counts.paths}</td>
      <td className="num">{project.counts.trajectories}</td>
      <td className="num">{project.counts.accepted}</td>
      <td className="row">
        <button type="button" onClick={() => setEditing(true)} disabled={editing}>
          Rename
        </button>
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(`Delete project "${project.name}" with its catalogs, graph and paths? This cannot be undone.`))
              remove.mutate({ projectId: project.id });
          }}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}

export function ProjectTable() {
  const trpc = useTRPC();
  const { data: projects = [] } = useQuery(trpc.projects.list.queryOptions());
  return (
    <>
      <NewProjectForm />
      {projects.length === 0 ? (
        <div className="empty" data-testid="no-projects">
          No projects yet. Create one above, or import a catalog with <code>npm run -s magnet -- import FILE --project NAME</code>.
        </div>
      ) : (
        <table className="data" data-testid="projects">
          <thead>
            <tr>
              <th>Project</th>
              <th className="num">Catalogs</th>
              <th className="num">Functions</th>
              <th className="num">Edges</th>
              <th className="num">Paths</th>
              <th className="num">Trajectories</th>
              <th className="num">Accepted</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <ProjectRow key={p.id} project={p} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
