import type { CatalogFormat, FunctionSpec } from "../schemas/function-spec";
import { UPLOAD_LIMITS } from "../../security/upload-limits";

/** One catalog file as uploaded or read by a caller; the pipeline never touches the file system. */
export interface CatalogInput {
  file: string;
  bytes: Uint8Array;
}

export interface ParsedCatalog {
  file: string;
  format: CatalogFormat;
  /** Records read: JSON Lines lines, array elements, or tools of an envelope. */
  records: number;
  functions: FunctionSpec[];
  /** The source record of each function, parallel to `functions` (stored beside the normalized spec). */
  originals: unknown[];
  /** Definitions dropped because an identical one (or a fuller one) was already kept. */
  duplicatesSkipped: number;
}

export interface CatalogOptions {
  /** Skip detection and read every record as this format. */
  format?: CatalogFormat;
  maxBytes?: number;
}

export interface ImportOptions extends CatalogOptions {
  /** Ids already taken (e.g. functions imported earlier); new ids never reuse them. */
  existingIds?: ReadonlySet<string>;
}

export interface ImportResult {
  files: ParsedCatalog[];
  functions: FunctionSpec[];
}

/** One catalog file, CLI and studio alike; the limit lives with the other upload limits. */
export const MAX_CATALOG_BYTES = UPLOAD_LIMITS.catalogFileBytes;

/** A parsed record and its 0-based index in the file (JSON Lines line or array element). */
export interface SourceRecord {
  index: number;
  value: unknown;
}

/** What every format converter needs to know about the file beyond its records. */
export interface FormatContext {
  file: string;
  /** The file's base name without extension: the toolkit where the source names none. */
  baseName: string;
  /** Server name from an MCP envelope (`serverInfo.name`, `server`, `name`) when present. */
  serverName?: string;
}

/** A normalized function before ids are assigned and duplicates dropped. */
export interface FunctionDraft extends Omit<FunctionSpec, "id"> {
  /** Path of the function's name inside its record, for messages about duplicates. */
  nameField: string;
  /** Drafts with the same key are the same function; defaults to category + toolkit + name. */
  dedupeKey?: string;
  /** Only a name is known (ToolBench demo queries): any full definition of it wins. */
  stub: boolean;
  original: unknown;
}
