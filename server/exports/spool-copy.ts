import { open } from "node:fs/promises";
import type { SplitFiles } from "./buffered-file";

/** Bytes read at once. */
const CHUNK_BYTES = 4 << 20;

/**
 * Copies the rows of the records the plan exports from a spool file into their split's files. The
 * spool holds each record's rows one after another, `rowBytes` long, so the records that go to the
 * same split one after another are one range of bytes, copied as it is: nothing is decoded or scanned.
 * The file is read from start to end in large chunks (a read per range cost a round trip each), the
 * next chunk while the last one is written, into two buffers used in turn: a fresh buffer per chunk
 * is memory outside V8's heap that only a full collection gives back, and V8 ran one every few reads.
 * `base` is the part's first record in `splitOf`; `onRecord` counts every record passed.
 */
export async function copySpool(file: string, rowBytes: readonly number[], base: number, splitOf: Uint8Array, target: SplitFiles, onRecord: () => void): Promise<void> {
  const handle = await open(file, "r");
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)] as const;
  let reads = 0;
  /** Reads the chunk at `at` into the buffer not in use; the next one is read while this one is copied out. */
  const read = async (at: number): Promise<Buffer> => {
    const buffer = buffers[reads++ % 2] ?? buffers[0];
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    return buffer.subarray(0, bytesRead);
  };
  let chunk: Buffer = Buffer.alloc(0);
  /** Where `chunk` starts in the file. */
  let chunkAt = 0;
  let next = read(0);
  // Each write is awaited, so once a chunk's last range is added nothing holds its buffer.
  const copy = async (split: number, start: number, end: number): Promise<void> => {
    for (let at = start; at < end; ) {
      if (at >= chunkAt + chunk.length) {
        chunkAt += chunk.length;
        chunk = await next;
        if (chunk.length === 0) throw new Error(`${file} ends at ${chunkAt} bytes, before the ${end} its records take`);
        next = read(chunkAt + chunk.length);
      }
      const to = Math.min(end, chunkAt + chunk.length);
      if (split === 1 || split === 2) await target.add(split, chunk.subarray(at - chunkAt, to - chunkAt));
      at = to;
    }
  };
  try {
    let runSplit = 0;
    let runStart = 0;
    let at = 0;
    for (const [i, bytes] of rowBytes.entries()) {
      const split = splitOf[base + i] ?? 0;
      if (split !== runSplit) {
        await copy(runSplit, runStart, at);
        runSplit = split;
        runStart = at;
      }
      at += bytes;
      onRecord();
    }
    await copy(runSplit, runStart, at);
  } finally {
    await next.catch(() => undefined);
    await handle.close();
  }
}

/** The bytes of a spool file's rows that go to train and to validation. */
export function bytesPerSplit(rowBytes: readonly number[], base: number, splitOf: Uint8Array): [number, number] {
  let train = 0;
  let validation = 0;
  rowBytes.forEach((bytes, i) => {
    const split = splitOf[base + i];
    if (split === 1) train += bytes;
    else if (split === 2) validation += bytes;
  });
  return [train, validation];
}
