import { z } from "zod";
import { sampleSettings } from "../../pipeline/paths";
import { functionPath } from "../../pipeline/schemas/path";
import { getPath, listPaths, pathChoices, pathCoverage, pathEdit, previewPathEdit, samplePathsIntoProject, savePath } from "../../services/paths";
import { allowed, procedure, router } from "../trpc";
import { projectId } from "./projects";

const draft = projectId.extend({ path: functionPath });

export const pathsRouter = router({
  sample: allowed("paths.write").input(projectId.extend({ settings: sampleSettings })).mutation(({ ctx, input }) => samplePathsIntoProject(ctx.db, input.projectId, input.settings)),
  list: procedure.input(projectId).query(({ ctx, input }) => listPaths(ctx.db, input.projectId)),
  get: procedure.input(projectId.extend({ pathId: z.string().min(1) })).query(({ ctx, input }) => getPath(ctx.db, input.projectId, input.pathId)),
  choices: procedure.input(draft).query(({ ctx, input }) => pathChoices(ctx.db, input.projectId, input.path)),
  preview: allowed("paths.write").input(draft.extend({ edit: pathEdit })).mutation(({ ctx, input }) => previewPathEdit(ctx.db, input.projectId, input.path, input.edit)),
  save: allowed("paths.write").input(draft).mutation(({ ctx, input }) => savePath(ctx.db, input.projectId, input.path)),
  coverage: procedure.input(projectId).query(({ ctx, input }) => pathCoverage(ctx.db, input.projectId)),
});
