"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/client";

export function NewProjectForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.projects.create.mutationOptions({
      onSuccess: async (project) => {
        await queryClient.invalidateQueries({ queryKey: trpc.projects.list.queryKey() });
        router.push(`/projects/${project.id}/catalog`);
      },
    }),
  );
  return (
    <form
      className="row"
      data-testid="new-project"
      style={{ margin: "1rem 0" }}
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ name });
      }}
    >
      <label>
        New project <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. travel-agent-v1" />
      </label>
      <button type="submit" className="primary" disabled={create.isPending}>
        Create project
      </button>
      {create.error && (
        <span role="alert" className="error">
          {create.error.message}
        </span>
      )}
    </form>
  );
}
