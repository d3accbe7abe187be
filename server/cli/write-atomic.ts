import { renameSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

/** Writes through a temporary file and renames it, so a crash never leaves a partial file under the final name. */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
