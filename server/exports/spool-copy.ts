import { open } from "node:fs/promises";
import type { SplitFiles } from "./buffered-file";

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 10;
const TAB = 9;
const ZERO = 48;

/**
 * Copies the spool lines (`index<TAB>row`) of the records the plan exports into their split's files.
 * The lines stay bytes from file to file: decoding and encoding them again would cost as much as the
 * rest of the copy. `base` is the part's first record in `splitOf`; `onLine` counts every line read.
 */
export async function copySpool(file: string, base: number, splitOf: Uint8Array, target: SplitFiles, onLine: () => void): Promise<void> {
  const handle = await open(file, "r");
  try {
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        // A line longer than the buffer: room for the rest of it.
        const larger = Buffer.allocUnsafe(2 * buffer.length);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return;
      filled += bytesRead;
      const data = buffer.subarray(0, filled);
      let start = 0;
      for (let end = data.indexOf(NEWLINE, start); end >= 0; end = data.indexOf(NEWLINE, start)) {
        let index = 0;
        let at = start;
        for (let c = data[at]; c !== TAB && c !== undefined; c = data[++at]) index = 10 * index + (c - ZERO);
        const split = splitOf[base + index];
        if (split === 1 || split === 2) await target.add(split, data.subarray(at + 1, end + 1));
        onLine();
        start = end + 1;
      }
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
    }
  } finally {
    await handle.close();
  }
}
