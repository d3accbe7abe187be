import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { catalogs, functions } from "../../db/schema";
import { importCatalogs, type CatalogInput } from "../pipeline/catalog";
import { functionSpec, type CatalogFormat, type FunctionSpec } from "../pipeline/schemas/function-spec";
import { getProject } from "./projects";

export interface ImportedFile {
  catalogId: number;
  file: string;
  format: CatalogFormat;
  records: number;
  functions: number;
  duplicatesSkipped: number;
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
  return db.transaction((tx) =>
    parsed.files.map((file, index) => {
      const bytes = inputs[index]?.bytes ?? new Uint8Array();
      const catalog = tx
        .insert(catalogs)
        .values({
          projectId,
          file: file.file,
          format: file.format,
          records: file.records,
          functionCount: file.functions.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        })
        .returning({ id: catalogs.id })
        .get();
      for (const { spec, original } of file.functions) {
        tx.insert(functions)
          .values({
            projectId,
            catalogId: catalog.id,
            functionId: spec.id,
            name: spec.name,
            toolkit: spec.toolkit,
            category: spec.category,
            spec: JSON.stringify(spec),
            original: JSON.stringify(original),
          })
          .run();
      }
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
