import { mkdirSync, renameSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";

/**
 * A file written under a temporary name and renamed into place by `commit`, so a crash or a kill never
 * leaves a partial file under the final name. Writes are awaited one by one, which keeps memory
 * constant whatever the size of the export; several writers may fill their own ranges side by side.
 */
export interface AtomicFile {
  readonly path: string;
  /** Writes `data` at `position`, in bytes from the start. */
  writeAt(data: Uint8Array, position: number): Promise<void>;
  /** Writes `data` after everything written so far. */
  write(data: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

export function openAtomicFile(file: string): AtomicFile {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  const handle = open(temporary, "w");
  // A failure to open is thrown by the first write or the commit, which await the handle.
  handle.catch(() => undefined);
  let end = 0;
  const writeAt = async (data: Uint8Array, position: number): Promise<void> => {
    end = Math.max(end, position + data.length);
    const file = await handle;
    for (let done = 0; done < data.length; ) done += (await file.write(data, done, data.length - done, position + done)).bytesWritten;
  };
  return {
    path: file,
    writeAt,
    write(data) {
      const bytes = typeof data === "string" ? Buffer.from(data) : data;
      return writeAt(bytes, end);
    },
    async commit() {
      await (await handle).close();
      renameSync(temporary, file);
    },
    abort() {
      void handle.then((opened) => opened.close()).catch(() => undefined);
      rmSync(temporary, { force: true });
    },
  };
}
