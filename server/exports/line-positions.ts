import { closeSync, openSync, readSync } from "node:fs";

/** Newlines before `offset`: the record number where a part starts. */
export function linesBefore(file: string, offset: number): number {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(1 << 20);
  let count = 0;
  try {
    for (let at = 0; at < offset; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, offset - at), at);
      if (read === 0) break;
      for (let i = 0; i < read; i++) if (buffer[i] === 10) count++;
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  return count;
}

/** The first line start at or after `offset` (the start itself when a line begins there), or `end` when none comes before it. */
export function lineStartFrom(fd: number, offset: number, end: number): number {
  if (offset <= 0) return 0;
  const buffer = Buffer.allocUnsafe(1 << 16);
  for (let at = offset - 1; at < end; ) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
    if (read === 0) return end;
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0) return Math.min(at + newline + 1, end);
    at += read;
  }
  return end;
}

/** A record just before a part's start, with how far back it is. */
export interface EarlierRecord {
  /** Where its line starts in the file, in bytes. */
  at: number;
  /** Its line's length in bytes, without the newline. */
  bytes: number;
  /** Its line's bytes, not decoded: a caller that wants a few of the records decodes just those. */
  line: Buffer;
  /** Lines from it to the part's start (blank ones too): 1 for the line just before. */
  linesBack: number;
}

/** Bytes read back at first; then, if too few lines were in, as much as the lines seen say is needed, and at least twice as much. */
const FIRST_READ_BYTES = 256 << 10;

/** The last `count` records before `offset` (the start of a line), in file order: fewer at the file's start. */
export function recordsBefore(file: string, offset: number, count: number): EarlierRecord[] {
  if (offset === 0 || count <= 0) return [];
  const fd = openSync(file, "r");
  try {
    for (let span = FIRST_READ_BYTES; ; ) {
      const from = Math.max(0, offset - span);
      const data = Buffer.allocUnsafe(offset - from);
      for (let done = 0; done < data.length; ) {
        const read = readSync(fd, data, done, data.length - done, from + done);
        if (read === 0) throw new Error(`${file} is shorter than ${offset} bytes`);
        done += read;
      }
      const found = lastRecords(data, from, count);
      if (found.length === count || from === 0) return found;
      span = Math.max(2 * span, Math.ceil((1.25 * span * count) / Math.max(1, found.length)));
    }
  } finally {
    closeSync(fd);
  }
}

/** The last `count` whole records of `data` (which ends with a newline and starts at `from` in the file); its first line counts only when `from` is 0. */
function lastRecords(data: Buffer, from: number, count: number): EarlierRecord[] {
  // Newlines found forwards: Buffer's backward search is many times slower than its forward one.
  const newlines: number[] = [];
  for (let at = data.indexOf(10); at >= 0; at = data.indexOf(10, at + 1)) newlines.push(at);
  const found: EarlierRecord[] = [];
  for (let k = newlines.length - 1, linesBack = 1; k >= 0 && found.length < count; k--, linesBack++) {
    if (k === 0 && from > 0) break;
    const start = k === 0 ? 0 : (newlines[k - 1] ?? 0) + 1;
    const end = newlines[k] ?? 0;
    const line = data.subarray(start, end);
    if (!isBlank(line)) found.push({ at: from + start, bytes: end - start, line, linesBack });
  }
  return found.reverse();
}

/** Whether a line is only whitespace as `String.prototype.trim` sees it (how the scan skips blank lines); decoded only when a byte is not ASCII. */
function isBlank(line: Buffer): boolean {
  for (const byte of line) {
    if (byte >= 0x80) return line.toString("utf8").trim() === "";
    if (byte !== 0x20 && (byte < 0x09 || byte > 0x0d)) return false;
  }
  return true;
}
