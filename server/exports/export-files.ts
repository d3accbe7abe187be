import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SPLITS } from "./layout";

export const exportFile = z.object({
  /** The file's name in download links: its path in the export folder with `/` as `-` (a name never holds a `/`). */
  name: z.string(),
  /** Where it is in the export folder, e.g. `train/openai-sft.jsonl`. */
  path: z.string(),
  /** JSON Lines rows of a data file; null for the card and dataset_info.json. */
  rows: z.number().int().nullable(),
  bytes: z.number().int(),
});
export type ExportFile = z.infer<typeof exportFile>;

const isDataFile = (relative: string) => SPLITS.some((split) => relative.startsWith(`${split}/`));

function countLines(file: string): number {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(1 << 20);
  let count = 0;
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) for (let i = 0; i < read; i++) if (buffer[i] === 10) count++;
  } finally {
    closeSync(fd);
  }
  return count;
}

/** The written files of an export folder with their download names, rows and sizes. */
export function describeExportFiles(folder: string, relativePaths: readonly string[]): ExportFile[] {
  const files = relativePaths.map((relative) => {
    const posix = relative.split(path.sep).join("/");
    const file = path.join(folder, relative);
    return { name: posix.replaceAll("/", "-"), path: posix, rows: isDataFile(posix) ? countLines(file) : null, bytes: statSync(file).size };
  });
  const names = new Set(files.map((f) => f.name));
  if (names.size !== files.length) throw new Error(`export files ${relativePaths.join(", ")} do not have distinct download names`);
  return files;
}
