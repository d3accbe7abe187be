/** Pure helpers for the upload zone: the selection of files and reading their text. */
import { catalogFileRefusal, formatBytes, UPLOAD_LIMITS } from "@/server/security/upload-limits";

export { formatBytes };

/** The server refuses larger catalogs (`MAX_CATALOG_BYTES`); checked here too so a huge file is not sent for nothing. */
export const MAX_UPLOAD_BYTES = UPLOAD_LIMITS.catalogFileBytes;

/** What the selection needs to know about a `File` (kept structural so tests need no DOM). */
export interface SelectedFileLike {
  name: string;
  size: number;
  lastModified: number;
}

const sameFile = (a: SelectedFileLike, b: SelectedFileLike): boolean => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Adds newly picked or dropped files to the selection: the same file picked twice is kept once,
 * and a new file with the name of a selected one replaces it (the server keys results by file name).
 */
export function mergeSelection<T extends SelectedFileLike>(current: readonly T[], added: readonly T[]): T[] {
  const result = [...current];
  for (const file of added) {
    if (result.some((existing) => sameFile(existing, file))) continue;
    const sameName = result.findIndex((existing) => existing.name === file.name);
    if (sameName >= 0) result[sameName] = file;
    else result.push(file);
  }
  return result;
}

export type DecodedUpload = { ok: true; content: string } | { ok: false; message: string };

/**
 * A file's bytes as text. Unlike `File.text()`, invalid UTF-8 is an error instead of being silently
 * replaced by U+FFFD, so a mis-encoded catalog is rejected rather than imported with broken names.
 */
export function decodeUpload(bytes: Uint8Array, maxBytes = MAX_UPLOAD_BYTES): DecodedUpload {
  const tooLarge = catalogFileRefusal(bytes.byteLength, maxBytes);
  if (tooLarge) return { ok: false, message: tooLarge };
  try {
    return { ok: true, content: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, message: `the file is not UTF-8 text${offset >= 0 ? ` (invalid byte at offset ${offset})` : ""}` };
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    // Overlong encodings, surrogates and code points beyond U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}
