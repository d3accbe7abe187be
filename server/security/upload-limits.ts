/**
 * What one upload to the studio may hold, checked by the browser before sending and by the server
 * again (a request need not come from our page), with the same messages. Pure: imported by pages,
 * services and the pipeline alike.
 *
 * The public catalogs we test with are at most 1.3 MB a file and 7 MB together (../shared/data);
 * full ToolBench / StableToolBench dumps reach tens of MB a file. The limits leave room for those
 * while keeping one request's memory bounded.
 */
const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** Files in one catalog import: each is parsed and reported on its own. */
  catalogFiles: 100,
  /** One catalog file; the CLI's `magnet import` takes the same. */
  catalogFileBytes: 50 * MB,
  /** All files of one catalog import together. */
  catalogTotalBytes: 100 * MB,
  /** The contamination benchmark of an export (BFCL's largest category file is a few MB). */
  benchmarkBytes: 20 * MB,
} as const;

/**
 * One tRPC request body: the largest import sent as JSON strings, whose escaping (`"` → `\"`, line
 * breaks → `\n`) at most doubles realistic JSON text, plus room for the other fields.
 */
export const MAX_TRPC_BODY_BYTES = 2 * UPLOAD_LIMITS.catalogTotalBytes + MB;

/** "512 B", "1.5 KB", "50 MB" (binary units, as file managers show sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

/** A size and its limit as text, exact in bytes where rounding would make them look equal. */
function sizeAndLimit(bytes: number, limit: number): [string, string] {
  const [size, max] = [formatBytes(bytes), formatBytes(limit)];
  return size === max ? [`${size} (${bytes} bytes)`, `${max} (${limit} bytes)`] : [size, max];
}

/** UTF-8 size of a string without encoding it (a benchmark's text can be tens of MB). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Why one catalog file is refused (the caller names the file), or undefined. */
export function catalogFileRefusal(bytes: number, limit: number = UPLOAD_LIMITS.catalogFileBytes): string | undefined {
  if (bytes <= limit) return undefined;
  const [size, max] = sizeAndLimit(bytes, limit);
  return `the file is ${size}, over the ${max} limit for one catalog file`;
}

/** Why a whole catalog import is refused (too many files, too large together), or undefined. */
export function catalogImportRefusal(files: readonly { bytes: number }[]): string | undefined {
  if (files.length > UPLOAD_LIMITS.catalogFiles)
    return `${files.length} files chosen, over the limit of ${UPLOAD_LIMITS.catalogFiles} files in one import: import them in several goes`;
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  if (total <= UPLOAD_LIMITS.catalogTotalBytes) return undefined;
  const [size, max] = sizeAndLimit(total, UPLOAD_LIMITS.catalogTotalBytes);
  return `the ${files.length} files chosen are ${size} together, over the ${max} limit for one import: import them in several goes`;
}

/** Why a contamination benchmark file is refused, naming it, or undefined. */
export function benchmarkRefusal(name: string, bytes: number): string | undefined {
  if (bytes <= UPLOAD_LIMITS.benchmarkBytes) return undefined;
  const [size, max] = sizeAndLimit(bytes, UPLOAD_LIMITS.benchmarkBytes);
  return `the benchmark file ${name} is ${size}, over the ${max} limit for a benchmark file`;
}
