import { closeSync, openSync, readSync } from "node:fs";

/** Where one line of a file is: its start, its length in bytes, and its record number (for error messages). */
export interface LineAt {
  at: number;
  bytes: number;
  record: number;
}

/** Reads single lines of a file again by offset; the file is opened on the first read. */
export class LineReader {
  private fd: number | undefined;
  constructor(private readonly file: string) {}

  line({ at, bytes }: LineAt): string {
    this.fd ??= openSync(this.file, "r");
    const buffer = Buffer.allocUnsafe(bytes);
    for (let done = 0; done < bytes; ) {
      const read = readSync(this.fd, buffer, done, bytes - done, at + done);
      if (read === 0) break;
      done += read;
    }
    return buffer.toString("utf8");
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
