/**
 * Pure text helpers for the Catalog page: import results, error locations, counts and dates.
 * No React and no server code here, so every line the page shows can be unit-tested.
 */
import type { CatalogFormat } from "@/server/pipeline/schemas/function-spec";

/** The formats the importer reads, in the order the format select lists them (kept in step with the server by a test). */
export const CATALOG_FORMATS = ["openai", "bfcl-doc", "bfcl-test", "toolbench", "mcp", "xlam"] as const satisfies readonly CatalogFormat[];

export const FORMAT_LABELS: Record<CatalogFormat, string> = {
  openai: "OpenAI tools",
  "bfcl-doc": "BFCL function docs",
  "bfcl-test": "BFCL test entries",
  toolbench: "ToolBench",
  mcp: "MCP tools/list",
  xlam: "xLAM",
};

export function isCatalogFormat(value: string): value is CatalogFormat {
  return (CATALOG_FORMATS as readonly string[]).includes(value);
}

/** Where in a file the importer found a problem; `record` is the 0-based index the server reports. */
export interface ErrorLocation {
  file?: string;
  record?: number;
  field?: string;
}

/** What the server answers for each uploaded file (mirrors `FileImportResult`, without importing server code). */
export type FileResult =
  | {
      file: string;
      ok: true;
      imported: { catalogId: number; file: string; format: CatalogFormat; records: number; functions: number; duplicatesSkipped: number };
    }
  | { file: string; ok: false; error: { message: string; location: ErrorLocation } };

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/**
 * A location as a short phrase: "tools.jsonl · record 3 · field parameters.properties.city.type".
 * `omitFile` drops the file when the surrounding row already names it.
 */
export function describeLocation(location: ErrorLocation, options: { omitFile?: boolean } = {}): string {
  const parts: string[] = [];
  if (location.file !== undefined && location.file !== "" && !options.omitFile) parts.push(location.file);
  if (location.record !== undefined) parts.push(`record ${location.record}`);
  if (location.field !== undefined && location.field !== "") parts.push(`field ${location.field}`);
  return parts.join(" · ");
}

/** The prefix the server's `InvalidInput` puts in front of its reason ("file, record 3, field x: "). */
function serverPrefix(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.record !== undefined) parts.push(`record ${location.record}`);
  if (location.field !== undefined) parts.push(`field ${location.field}`);
  return parts.length > 0 ? `${parts.join(", ")}: ` : "";
}

/** The reason alone: the server's message without the location it already starts with. */
export function errorReason(message: string, location: ErrorLocation): string {
  const prefix = serverPrefix(location);
  if (prefix && message.startsWith(prefix)) return message.slice(prefix.length);
  // A location the message spells differently: keep the whole message rather than guess.
  return message;
}

/**
 * The error line of a rejected file, with file, record and field made explicit:
 * "tools.json · record 3 · field parameters.properties.city.type: expected a string".
 * The row's file name stands in when the location names no file.
 */
export function describeFileError(fileName: string, error: { message: string; location?: ErrorLocation }): string {
  const location = error.location ?? {};
  const where = describeLocation({ ...location, file: location.file || fileName });
  const reason = errorReason(error.message, location);
  return where ? `${where}: ${reason}` : reason;
}

/** The summary line of an imported file: "bfcl-doc · 12 records · 12 functions · 1 duplicate skipped". */
export function describeImported(imported: { format: string; records: number; functions: number; duplicatesSkipped: number }): string {
  const parts = [imported.format, plural(imported.records, "record"), plural(imported.functions, "function")];
  if (imported.duplicatesSkipped > 0) parts.push(`${plural(imported.duplicatesSkipped, "duplicate")} skipped`);
  return parts.join(" · ");
}

/** One line per file result, as the results list shows it. */
export function describeFileResult(result: FileResult): string {
  return result.ok ? describeImported(result.imported) : describeFileError(result.file, result.error);
}

/** "2 files imported · 1 rejected" for the results heading. */
export function summarizeResults(results: readonly FileResult[]): string {
  const imported = results.filter((r) => r.ok).length;
  const rejected = results.length - imported;
  const parts = [`${plural(imported, "file")} imported`];
  if (rejected > 0) parts.push(`${rejected.toLocaleString("en-US")} rejected`);
  return parts.join(" · ");
}

/**
 * SQLite timestamps ("2025-01-31T09:05:12.345Z" or "2025-01-31 09:05:12") as "2025-01-31 09:05 UTC".
 * Deterministic (no locale or time zone), so server and browser render the same text.
 */
export function formatTimestamp(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value);
  return match ? `${match[1]} ${match[2]} UTC` : value;
}

/** "showing 12 of 40" (counts with thousands separators). */
export function showingCount(shown: number, total: number): string {
  return `showing ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
}
