import type { AtomicFile } from "./atomic-file";

const BUFFER_BYTES = 1 << 20;

/**
 * Writes to a file from a given place on, through a buffer of about a megabyte: fewer, larger writes.
 * Lines are copied in as bytes (spool rows are never decoded) or encoded from strings at once, so
 * nothing waits as a string.
 */
export class BufferedFile {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  constructor(
    private readonly file: AtomicFile,
    /** Where the next flush writes, in bytes from the file's start. */
    private at: number,
  ) {}

  async add(line: string | Uint8Array): Promise<void> {
    const most = typeof line === "string" ? 3 * line.length : line.length;
    if (this.used + most > this.buffer.length) await this.flush();
    if (most > this.buffer.length) return this.put(typeof line === "string" ? Buffer.from(line) : line);
    if (typeof line === "string") this.used += this.buffer.write(line, this.used);
    else {
      this.buffer.set(line, this.used);
      this.used += line.length;
    }
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    this.used = 0;
    await this.put(full);
  }

  private put(bytes: Uint8Array): Promise<void> {
    const at = this.at;
    this.at += bytes.length;
    return this.file.writeAt(bytes, at);
  }
}

/** One format file's train and validation files, each written from a given place on. */
export class SplitFiles {
  private readonly lanes: readonly [BufferedFile, BufferedFile];
  constructor(train: AtomicFile, validation: AtomicFile, at: readonly [number, number] = [0, 0]) {
    this.lanes = [new BufferedFile(train, at[0]), new BufferedFile(validation, at[1])];
  }
  add(split: 1 | 2, line: string | Uint8Array): Promise<void> {
    return this.lanes[split === 1 ? 0 : 1].add(line);
  }
  async flush(): Promise<void> {
    for (const lane of this.lanes) await lane.flush();
  }
}
