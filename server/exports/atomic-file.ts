import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from "node:fs";
import path from "node:path";
import { once } from "node:events";

/**
 * A file written as a stream under a temporary name and renamed into place by `commit`, so a crash
 * or a kill never leaves a partial file under the final name. Writes wait for the stream to drain,
 * keeping memory constant whatever the size of the export.
 */
export interface AtomicFile {
  readonly path: string;
  write(data: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

export function openAtomicFile(file: string): AtomicFile {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  const stream: WriteStream = createWriteStream(temporary, { flags: "w" });
  let failure: Error | undefined;
  stream.on("error", (error) => (failure = error));
  return {
    path: file,
    async write(data) {
      if (failure) throw failure;
      if (!stream.write(data)) await once(stream, "drain");
    },
    async commit() {
      if (failure) throw failure;
      stream.end();
      await once(stream, "finish");
      renameSync(temporary, file);
    },
    abort() {
      stream.destroy();
      rmSync(temporary, { force: true });
    },
  };
}
