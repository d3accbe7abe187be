import { closeSync, openSync } from "node:fs";
import type { ByteRange } from "../json-lines";
import { lineStartFrom } from "./line-positions";

/** The most parts a scan is cut into: each split adds one. */
const MAX_PARTS = 64;
const LOCK = 0;
const COUNT = 1;
const START = 0;
const NEXT = 1;
const END = 2;
const FIELDS = 3;
const HEADER_BYTES = 8;

/** A part of the input one thread scans. */
export interface Part extends ByteRange {
  part: number;
}

/**
 * The parts of one input scanned side by side by several threads, in memory they share: where each
 * part starts and ends and how far its thread has read. A thread that finishes its parts takes the
 * second half of what is left of the largest other part, so the threads finish together even when
 * one of them runs slower (on a shared host one core can be a third slower for minutes). The export
 * does not depend on where parts begin (see `PositiveWindow`), so how the work happens to be shared
 * never changes the files.
 */
export class SharedParts {
  private readonly words: Int32Array;
  private readonly offsets: Float64Array;
  private fd: number | undefined;

  /** Shared memory for `starts.length` parts, each ending where the next starts, the last at `size`. */
  static memory(starts: readonly number[], size: number): SharedArrayBuffer {
    const memory = new SharedArrayBuffer(HEADER_BYTES + MAX_PARTS * FIELDS * Float64Array.BYTES_PER_ELEMENT);
    const offsets = new Float64Array(memory, HEADER_BYTES);
    starts.forEach((start, part) => offsets.set([start, start, starts[part + 1] ?? size], part * FIELDS));
    new Int32Array(memory, 0, 2)[COUNT] = starts.length;
    return memory;
  }

  constructor(
    memory: SharedArrayBuffer,
    /** The input, read to find where a line starts. */
    private readonly file: string,
  ) {
    this.words = new Int32Array(memory, 0, 2);
    this.offsets = new Float64Array(memory, HEADER_BYTES);
  }

  /** Part `part` as it is now. */
  range(part: number): Part {
    return this.locked(() => ({ part, start: this.field(part, START), end: this.field(part, END) }));
  }

  /**
   * The thread of `part` claims its lines that start before `upTo`; returns where the part ends now
   * (lines from there on belong to another part).
   */
  claim(part: number, upTo: number): number {
    return this.locked(() => {
      const end = this.field(part, END);
      this.setField(part, NEXT, Math.min(upTo, end));
      return end;
    });
  }

  /**
   * A new part: the second half of what is left unclaimed of the part with the most left, from a line
   * start on, when that is at least `minBytes`. That part now ends where the new one starts.
   */
  split(minBytes: number): Part | undefined {
    return this.locked(() => {
      const count = Atomics.load(this.words, COUNT);
      if (count >= MAX_PARTS) return undefined;
      let largest = -1;
      let left = 0;
      for (let part = 0; part < count; part++) {
        const unclaimed = this.field(part, END) - this.field(part, NEXT);
        if (unclaimed > left) [largest, left] = [part, unclaimed];
      }
      if (largest < 0 || left < minBytes) return undefined;
      const end = this.field(largest, END);
      this.fd ??= openSync(this.file, "r");
      const start = lineStartFrom(this.fd, this.field(largest, NEXT) + Math.floor(left / 2), end);
      if (start >= end) return undefined;
      this.setField(largest, END, start);
      this.offsets.set([start, start, end], count * FIELDS);
      Atomics.store(this.words, COUNT, count + 1);
      return { part: count, start, end };
    });
  }

  /** Every part ends where its thread has read to: each thread stops after its current lines, and nothing is split again. */
  stop(): void {
    this.locked(() => {
      for (let part = 0; part < Atomics.load(this.words, COUNT); part++) this.setField(part, END, this.field(part, NEXT));
    });
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private field(part: number, field: number): number {
    return this.offsets[part * FIELDS + field] ?? 0;
  }

  private setField(part: number, field: number, value: number): void {
    this.offsets[part * FIELDS + field] = value;
  }

  /** Runs `work` holding the lock: the threads read and write the offsets only through it. */
  private locked<T>(work: () => T): T {
    while (Atomics.compareExchange(this.words, LOCK, 0, 1) !== 0) Atomics.wait(this.words, LOCK, 1, 1);
    try {
      return work();
    } finally {
      Atomics.store(this.words, LOCK, 0);
      Atomics.notify(this.words, LOCK, 1);
    }
  }
}
