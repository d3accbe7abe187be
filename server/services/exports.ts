import { createHash, randomUUID } from "node:crypto";
import { existsSync, rmSync, renameSync } from "node:fs";
import path from "node:path";
import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { exports } from "../../db/schema";
import { NotFound } from "../pipeline/errors";
import { describeExportFiles, exportFile, type ExportFile } from "../exports/export-files";
import { contaminationChecker } from "../pipeline/export";
import { containedPath } from "../security/contained-path";
import { previewExport, scanRecords, type ExportPreview } from "../exports/export-preview";
import { exportRequest, exportSettings, exportSelection, type ExportRequestInput } from "../exports/export-request";
import { cachedScan } from "./export-scan-cache";
import { selectedTrajectories } from "./export-selection";
import { readUpload, writeProjectExport } from "./export-writer";

/** What an export row keeps of its request: the benchmark by name and size, not its text. */
const storedSettings = exportSelection
  .omit({ projectId: true })
  .extend(exportSettings.omit({ contamination: true }).shape)
  .extend({ contamination: z.object({ name: z.string(), bytes: z.number().int() }).optional() });
export type StoredExportSettings = z.infer<typeof storedSettings>;

const storedSummary = z.object({
  files: z.array(exportFile),
  selected: z.number().int(),
  positives: z.number().int(),
  negatives: z.number().int(),
  pairs: z.number().int(),
  splits: z.object({ train: z.number().int(), validation: z.number().int() }),
  dedupeRemoved: z.number().int(),
  contaminated: z.number().int(),
  card: z.string(),
  durationMs: z.number(),
});
type StoredSummary = z.infer<typeof storedSummary>;
/** Lists leave the card out: it is the largest part and only one export's is shown at a time. */
const listedSummary = storedSummary.omit({ card: true });

export interface ExportListItem extends z.infer<typeof listedSummary> {
  exportId: number;
  projectId: number;
  createdAt: string;
  settings: StoredExportSettings;
}

export interface ExportRecord extends ExportListItem {
  card: string;
}

const databaseFiles = z.array(z.object({ name: z.string(), file: z.string() }));

/** Exports live beside the database: `<folder of MAGNET_DB>/exports/<exportId>/`. */
export function exportsRoot(db: Db): string {
  const main = databaseFiles.parse(db.all(sql`pragma database_list`)).find((d) => d.name === "main");
  if (!main?.file) throw new Error("exports need a database stored in a file");
  return path.join(path.dirname(main.file), "exports");
}

type ExportRow = typeof exports.$inferSelect;

const header = (row: ExportRow) => ({ exportId: row.id, projectId: row.projectId, createdAt: row.createdAt, settings: storedSettings.parse(JSON.parse(row.settings)) });

const toItem = (row: ExportRow): ExportListItem => ({ ...header(row), ...listedSummary.parse(JSON.parse(row.summary)) });

function toRecord(row: ExportRow): ExportRecord {
  const { card, ...summary } = storedSummary.parse(JSON.parse(row.summary));
  return { ...header(row), ...summary, card };
}

/** The figures an export with these settings would have (selected, deduplicated, contaminated, mixed, split, paired) and its card; writes nothing. */
export function previewProjectExport(db: Db, input: ExportRequestInput): ExportPreview {
  const request = exportRequest.parse(input);
  const benchmark = request.contamination ? readUpload(request.contamination) : undefined;
  const selected = selectedTrajectories(db, request);
  const key = JSON.stringify([request.projectId, request.runIds ?? null, request.statuses, request.contamination ? createHash("sha256").update(request.contamination.text).digest("hex") : null]);
  const scanned = cachedScan(db, key, selected.fingerprint, () => scanRecords(selected.records, benchmark && contaminationChecker(benchmark.entries)));
  return previewExport(scanned, request, benchmark?.name);
}

/**
 * Writes an export into its folder and records it. The files are written into a pending folder
 * first; the row is inserted and the folder renamed in one transaction, so an export is either
 * listed with all its files or not there at all. Runs in the server's process: about a second per
 * few thousand trajectories (see the report in the export tests).
 */
export async function createExport(db: Db, input: ExportRequestInput): Promise<ExportRecord> {
  const request = exportRequest.parse(input);
  const root = exportsRoot(db);
  const pending = path.join(root, `.pending-${randomUUID()}`);
  const startedAt = performance.now();
  try {
    const summary = await writeProjectExport(db, request, pending);
    const files = describeExportFiles(pending, summary.files);
    const { contamination, projectId, ...rest } = request;
    const settings: StoredExportSettings = { ...rest, ...(contamination ? { contamination: { name: contamination.name, bytes: Buffer.byteLength(contamination.text) } } : {}) };
    const stored: StoredSummary = {
      files,
      selected: summary.selected,
      positives: summary.positives,
      negatives: summary.negatives,
      pairs: summary.pairs,
      splits: summary.splits,
      dedupeRemoved: summary.dedupeRemoved,
      contaminated: summary.contaminated,
      card: summary.card,
      durationMs: Math.round(performance.now() - startedAt),
    };
    const row = db.transaction((tx) => {
      const inserted = tx.insert(exports).values({ projectId, settings: JSON.stringify(settings), summary: JSON.stringify(stored) }).returning().get();
      const folder = path.join(root, String(inserted.id));
      // A folder under a new id belongs to no export (left by a database that was replaced): it goes.
      rmSync(folder, { recursive: true, force: true });
      renameSync(pending, folder);
      return inserted;
    });
    return toRecord(row);
  } finally {
    rmSync(pending, { recursive: true, force: true });
  }
}

/** A project's exports, newest first, without their cards. */
export function listExports(db: Db, projectId: number): ExportListItem[] {
  return db
    .select()
    .from(exports)
    .where(eq(exports.projectId, projectId))
    .orderBy(desc(exports.id))
    .all()
    .map(toItem);
}

export function getExport(db: Db, exportId: number): ExportRecord {
  const row = db.select().from(exports).where(eq(exports.id, exportId)).get();
  if (!row) throw new NotFound("export", String(exportId));
  return toRecord(row);
}

/**
 * A file of an export for download, by the name its summary lists. Anything else — another name, a
 * name with a path separator or `..`, a file gone from disk — is not found.
 */
export function exportFileForDownload(db: Db, exportId: number, name: string): ExportFile & { file: string } {
  if (name.includes("/") || name.includes("\\") || name.includes("..")) throw new NotFound("export file", name);
  const listed = getExport(db, exportId).files.find((f) => f.name === name);
  if (!listed) throw new NotFound("export file", name);
  // The listed path is stored data, read back: it too must stay inside the export's folder.
  const file = containedPath(path.join(exportsRoot(db), String(exportId)), ...listed.path.split("/"));
  if (!file || !existsSync(file)) throw new NotFound("export file", name);
  return { ...listed, file };
}
