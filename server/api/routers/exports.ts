import { z } from "zod";
import { exportRequest } from "../../exports/export-request";
import { createExport, getExport, listExports, previewProjectExport } from "../../services/exports";
import { allowed, procedure, router } from "../trpc";
import { projectId } from "./projects";

export const exportsRouter = router({
  // A mutation though it writes nothing: the benchmark file travels with the settings, too large for a GET's URL.
  preview: allowed("export.write").input(exportRequest).mutation(({ ctx, input }) => previewProjectExport(ctx.db, input)),
  create: allowed("export.write").input(exportRequest).mutation(({ ctx, input }) => createExport(ctx.db, input)),
  list: procedure.input(projectId).query(({ ctx, input }) => listExports(ctx.db, input.projectId)),
  get: procedure.input(z.object({ exportId: z.number().int().positive() })).query(({ ctx, input }) => getExport(ctx.db, input.exportId)),
});
