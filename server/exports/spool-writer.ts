import { closeSync, openSync, writeSync } from "node:fs";

const BUFFER_BYTES = 1 << 20;

/** Writes all of `bytes`: a write to a file may take only part of them. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/**
 * Appends lines to a file in large synchronous writes (the scan is CPU-bound: waiting on a stream gains
 * nothing). Each line is encoded into a byte buffer at once, so the row strings die young instead of
 * waiting for a flush long enough to be promoted to the old generation.
 */
export class SpoolWriter {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private flushed = 0;
  private readonly fd: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
  }

  /** Bytes written so far. */
  get written(): number {
    return this.flushed + this.used;
  }

  /** Writes `text` and a newline. */
  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a line within this bound always fits once flushed.
    const most = 3 * text.length + 1;
    if (this.used + most > this.buffer.length) this.flush();
    if (most > this.buffer.length) {
      const line = Buffer.from(`${text}\n`);
      writeAll(this.fd, line);
      this.flushed += line.length;
      return;
    }
    this.used += this.buffer.write(text, this.used);
    this.buffer[this.used++] = 10;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.used === 0) return;
    writeAll(this.fd, this.buffer.subarray(0, this.used));
    this.flushed += this.used;
    this.used = 0;
  }
}
