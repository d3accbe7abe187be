import { z } from "zod";
import { createProject, deleteProject, getProject, listProjects, projectCounts, projectName, renameProject } from "../../services/projects";
import { allowed, procedure, router } from "../trpc";

export const projectId = z.object({ projectId: z.number().int().positive() });

export const projectsRouter = router({
  list: procedure.query(({ ctx }) => listProjects(ctx.db)),
  get: procedure.input(projectId).query(({ ctx, input }) => ({ ...getProject(ctx.db, input.projectId), counts: projectCounts(ctx.db, input.projectId) })),
  create: allowed("projects.write").input(z.object({ name: projectName })).mutation(({ ctx, input }) => createProject(ctx.db, input.name)),
  rename: allowed("projects.write").input(projectId.extend({ name: projectName })).mutation(({ ctx, input }) => renameProject(ctx.db, input.projectId, input.name)),
  delete: allowed("projects.write").input(projectId).mutation(({ ctx, input }) => deleteProject(ctx.db, input.projectId)),
});
