import { z } from "zod";
import { catalogFormat } from "../../pipeline/schemas/function-spec";
import { functionFilter, getFunction, importEachCatalogFile, listCatalogs, searchFunctions } from "../../services/catalogs";
import { allowed, procedure, router } from "../trpc";
import { projectId } from "./projects";

const uploadedFile = z.object({
  name: z.string().min(1).max(255),
  /** The file's text (catalogs are JSON or JSON Lines). */
  content: z.string(),
});


export const catalogRouter = router({
  import: allowed("catalog.write")
    .input(projectId.extend({ files: z.array(uploadedFile).min(1, "choose at least one file"), format: catalogFormat.optional() }))
    .mutation(({ ctx, input }) =>
      importEachCatalogFile(
        ctx.db,
        input.projectId,
        input.files.map((f) => ({ file: f.name, bytes: new TextEncoder().encode(f.content) })),
        input.format ? { format: input.format } : {},
      ),
    ),
  files: procedure.input(projectId).query(({ ctx, input }) => listCatalogs(ctx.db, input.projectId)),
  functions: procedure.input(projectId.extend(functionFilter.shape)).query(({ ctx, input }) => searchFunctions(ctx.db, input.projectId, input)),
  function: procedure.input(projectId.extend({ functionId: z.string().min(1) })).query(({ ctx, input }) => getFunction(ctx.db, input.projectId, input.functionId)),
});
