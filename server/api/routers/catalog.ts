import { z } from "zod";
import { catalogFormat } from "../../pipeline/schemas/function-spec";
import { getFunction, importEachCatalogFile, listCatalogs, listFunctions } from "../../services/catalogs";
import { procedure, router } from "../trpc";
import { projectId } from "./projects";

const uploadedFile = z.object({
  name: z.string().min(1).max(255),
  /** The file's text (catalogs are JSON or JSON Lines). */
  content: z.string(),
});

export const functionFilter = projectId.extend({
  search: z.string().max(200).optional(),
  toolkit: z.string().optional(),
  category: z.string().optional(),
});

export const catalogRouter = router({
  import: procedure
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
  functions: procedure.input(functionFilter).query(({ ctx, input }) => {
    const all = listFunctions(ctx.db, input.projectId);
    const needle = input.search?.trim().toLowerCase();
    return {
      toolkits: [...new Set(all.map((f) => f.toolkit))].sort(),
      categories: [...new Set(all.map((f) => f.category))].sort(),
      total: all.length,
      functions: all.filter(
        (f) =>
          (!input.toolkit || f.toolkit === input.toolkit) &&
          (!input.category || f.category === input.category) &&
          (!needle || f.id.toLowerCase().includes(needle) || f.description.toLowerCase().includes(needle)),
      ),
    };
  }),
  function: procedure.input(projectId.extend({ functionId: z.string().min(1) })).query(({ ctx, input }) => getFunction(ctx.db, input.projectId, input.functionId)),
});
