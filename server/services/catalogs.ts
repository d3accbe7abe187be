import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { catalogs, functions } from "../../db/schema";
import { importCatalogs, type CatalogInput } from "../pipeline/catalog";
import { InvalidInput, NotFound } from "../pipeline/errors";
import { functionSpec, type CatalogFormat, type FunctionSpec } from "../pipeline/schemas/function-spec";
import { catalogFileRefusal, catalogImportRefusal } from "../security/upload-limits";
import { getOrCreateProject, getProject } from "./projects";

export interface ImportedFile {
  catalogId: number;
  file: string;
  format: CatalogFormat;
  records: number;
  functions: number;
  duplicatesSkipped: number;
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The same bytes imported twice would only duplicate every function under qualified ids. */
function rejectRepeatedFiles(db: Db, projectId: number, inputs: CatalogInput[], hashes: string[]): void {
  const stored = new Map(
    db
      .select({ sha256: catalogs.sha256, file: catalogs.file })
      .from(catalogs)
      .where(eq(catalogs.projectId, projectId))
      .all()
      .map((row) => [row.sha256, row.file]),
  );
  const seen = new Map<string, string>();
  inputs.forEach((input, index) => {
    const hash = hashes[index] ?? "";
    const earlier = stored.get(hash) ?? seen.get(hash);
    if (earlier !== undefined) {
      throw new InvalidInput(`has the same content as ${earlier}, already imported into this project`, { file: input.file });
    }
    seen.set(hash, input.file);
  });
}

/**
 * Parses every file first and stores them in one transaction: a rejected file (or a failure while
 * writing) leaves the project exactly as it was.
 */
export function importCatalogFiles(
  db: Db,
  projectId: number,
  inputs: CatalogInput[],
  options: { format?: CatalogFormat } = {},
): ImportedFile[] {
  getProject(db, projectId);
  const existingIds = new Set(
    db.select({ id: functions.functionId }).from(functions).where(eq(functions.projectId, projectId)).all().map((r) => r.id),
  );
  const parsed = importCatalogs(inputs, { format: options.format, existingIds });
  const hashes = inputs.map((input) => sha256(input.bytes));
  rejectRepeatedFiles(db, projectId, inputs, hashes);
  return db.transaction((tx) =>
    parsed.files.map((file, index) => {
      const catalog = tx
        .insert(catalogs)
        .values({
          projectId,
          file: file.file,
          format: file.format,
          records: file.records,
          functionCount: file.functions.length,
          sha256: hashes[index] ?? "",
        })
        .returning({ id: catalogs.id })
        .get();
      file.functions.forEach((spec, position) => {
        tx.insert(functions)
          .values({
            projectId,
            catalogId: catalog.id,
            functionId: spec.id,
            name: spec.name,
            toolkit: spec.toolkit,
            category: spec.category,
            spec: JSON.stringify(spec),
            original: JSON.stringify(file.originals[position] ?? null),
          })
          .run();
      });
      return {
        catalogId: catalog.id,
        file: file.file,
        format: file.format,
        records: file.records,
        functions: file.functions.length,
        duplicatesSkipped: file.duplicatesSkipped,
      };
    }),
  );
}

export function listCatalogs(db: Db, projectId: number) {
  getProject(db, projectId);
  return db.select().from(catalogs).where(eq(catalogs.projectId, projectId)).orderBy(asc(catalogs.id)).all();
}

/** The project's functions, each parsed back through the shared schema (stored JSON is input too). */
export function listFunctions(db: Db, projectId: number): FunctionSpec[] {
  getProject(db, projectId);
  return db
    .select({ spec: functions.spec })
    .from(functions)
    .where(eq(functions.projectId, projectId))
    .orderBy(asc(functions.id))
    .all()
    .map((row) => functionSpec.parse(JSON.parse(row.spec)));
}

/** One function with the record its source file had, for the detail view. */
export function getFunction(db: Db, projectId: number, functionId: string): { spec: FunctionSpec; original: unknown } {
  const row = db
    .select({ spec: functions.spec, original: functions.original })
    .from(functions)
    .where(and(eq(functions.projectId, projectId), eq(functions.functionId, functionId)))
    .get();
  if (!row) throw new NotFound("function", functionId);
  return { spec: functionSpec.parse(JSON.parse(row.spec)), original: JSON.parse(row.original) };
}

/** The CLI's import: the project is created in the same transaction, so a rejected file leaves no empty project behind. */
export function importIntoNamedProject(db: Db, projectName: string, inputs: CatalogInput[], options: { format?: CatalogFormat } = {}) {
  return db.transaction((tx) => {
    const project = getOrCreateProject(tx, projectName);
    return { project, files: importCatalogFiles(tx, project.id, inputs, options) };
  });
}

export type FileImportResult =
  | { file: string; ok: true; imported: ImportedFile }
  | { file: string; ok: false; error: { message: string; location: InvalidInput["location"] } };

/**
 * The studio's upload: each file is parsed and stored in its own transaction, so good files are
 * imported and a rejected one is reported (file, record, field) with nothing of it stored. The
 * upload limits are checked first, as the page does: too many files or too many bytes together
 * refuse the whole upload, a file over the size limit is that file's error.
 */
export function importEachCatalogFile(db: Db, projectId: number, inputs: CatalogInput[], options: { format?: CatalogFormat } = {}): FileImportResult[] {
  getProject(db, projectId);
  const refusal = catalogImportRefusal(inputs.map((input) => ({ bytes: input.bytes.byteLength })));
  if (refusal) throw new InvalidInput(refusal);
  return inputs.map((input) => {
    try {
      const tooLarge = catalogFileRefusal(input.bytes.byteLength);
      if (tooLarge) throw new InvalidInput(tooLarge, { file: input.file });
      const [imported] = importCatalogFiles(db, projectId, [input], options);
      if (!imported) throw new InvalidInput("no functions were imported", { file: input.file });
      return { file: input.file, ok: true, imported };
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      return { file: input.file, ok: false, error: { message: error.message, location: error.location } };
    }
  });
}

export const functionFilter = z.object({
  /** Matched, case-insensitively, against the id and the description. */
  search: z.string().max(200).optional(),
  toolkit: z.string().optional(),
  category: z.string().optional(),
});
export type FunctionFilter = z.infer<typeof functionFilter>;

/** The catalog view: the functions that pass the filter, with the toolkits and categories to filter by. */
export function searchFunctions(db: Db, projectId: number, filter: FunctionFilter = {}) {
  const all = listFunctions(db, projectId);
  const needle = filter.search?.trim().toLowerCase();
  return {
    toolkits: [...new Set(all.map((f) => f.toolkit))].sort(),
    categories: [...new Set(all.map((f) => f.category))].sort(),
    total: all.length,
    functions: all.filter(
      (f) =>
        (!filter.toolkit || f.toolkit === filter.toolkit) &&
        (!filter.category || f.category === filter.category) &&
        (!needle || f.id.toLowerCase().includes(needle) || f.description.toLowerCase().includes(needle)),
    ),
  };
}
