import { rejectFile } from "./location";

/** "12.0 MiB (12582912 bytes)": readable, and exact where rounding hides the difference. */
function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${bytes} bytes)`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

/** Offset of the first byte that breaks UTF-8 (TextDecoder only says that something did). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Checks the size limit and decodes strict UTF-8 (a leading BOM is dropped); rejects empty files. */
export function decodeCatalogText(file: string, bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) {
    rejectFile(file, `the file is ${formatSize(bytes.byteLength)}, over the limit of ${formatSize(maxBytes)}`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    // Windows editors often save "Unicode" text as UTF-16, which starts with a byte-order mark.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      rejectFile(file, "the file is UTF-16 text, not UTF-8; save it as UTF-8");
    }
    const offset = firstInvalidUtf8Offset(bytes);
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    rejectFile(
      file,
      `the file is not UTF-8 text: invalid byte 0x${hex} at byte offset ${offset} (line ${lineOfByte(bytes, offset)}); save it as UTF-8`,
    );
  }
  if (text.length === 0) rejectFile(file, "the file is empty");
  if (text.trim().length === 0) rejectFile(file, "the file contains only whitespace");
  return text;
}
