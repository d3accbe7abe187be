import { z } from "zod";
import { jsonSchema, objectSchema } from "./json-schema";

export const catalogFormats = ["openai", "bfcl-doc", "bfcl-test", "toolbench", "mcp", "xlam"] as const;
export const catalogFormat = z.enum(catalogFormats);
export type CatalogFormat = z.infer<typeof catalogFormat>;

export const functionSource = z.object({
  format: catalogFormat,
  /** File name as given to the importer (no directories are resolved by the pipeline). */
  file: z.string(),
  /** 0-based index of the record in the file (line for JSON Lines, element for arrays). */
  record: z.number().int().nonnegative(),
});
export type FunctionSource = z.infer<typeof functionSource>;

/** The one normalized shape every catalog format becomes (DESIGN.md 1.1). */
export const functionSpec = z.object({
  /** Stable id: the name, or `toolkit.name` / `category.toolkit.name` when names collide. */
  id: z.string().min(1),
  /** Exactly as the source spells it. */
  name: z.string().min(1),
  description: z.string(),
  parameters: objectSchema,
  returns: jsonSchema.optional(),
  toolkit: z.string().min(1),
  category: z.string().min(1),
  source: functionSource,
});
export type FunctionSpec = z.infer<typeof functionSpec>;

export const MISC_CATEGORY = "misc";
