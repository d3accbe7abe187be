import type { AtomicFile } from "./atomic-file";

const BUFFER_BYTES = 1 << 20;

/**
 * A file written through a buffer of about a megabyte: fewer, larger writes. Lines are copied in as
 * bytes (spool lines are never decoded) or encoded from strings at once, so nothing waits as a string.
 */
export class BufferedFile {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  constructor(private readonly file: AtomicFile) {}

  async add(line: string | Uint8Array): Promise<void> {
    const most = typeof line === "string" ? 3 * line.length : line.length;
    if (this.used + most > this.buffer.length) await this.flush();
    if (most > this.buffer.length) return this.file.write(line);
    if (typeof line === "string") this.used += this.buffer.write(line, this.used);
    else {
      this.buffer.set(line, this.used);
      this.used += line.length;
    }
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    // The stream keeps the bytes until written: the next lines go to a fresh buffer.
    this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
    await this.file.write(full);
  }
}

/** One format file's train and validation files. */
export class SplitFiles {
  private readonly lanes: readonly [BufferedFile, BufferedFile];
  constructor(train: AtomicFile, validation: AtomicFile) {
    this.lanes = [new BufferedFile(train), new BufferedFile(validation)];
  }
  add(split: 1 | 2, line: string | Uint8Array): Promise<void> {
    return this.lanes[split === 1 ? 0 : 1].add(line);
  }
  async flush(): Promise<void> {
    for (const lane of this.lanes) await lane.flush();
  }
}
