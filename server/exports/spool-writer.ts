import { closeSync, openSync, writeSync } from "node:fs";

const FLUSH_AT = 1 << 20;

/** Appends lines to a file in large synchronous writes (the scan is CPU-bound: waiting on a stream gains nothing). */
export class SpoolWriter {
  private parts: string[] = [];
  private size = 0;
  private readonly fd: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, "w");
  }

  /** Writes `prefix`, `text` and a newline, without building the joined string. */
  write(prefix: string, text: string): void {
    this.parts.push(prefix, text, "\n");
    this.size += prefix.length + text.length + 1;
    if (this.size >= FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.size === 0) return;
    writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}
