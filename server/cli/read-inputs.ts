import { readFileSync, statSync } from "node:fs";
import { MAX_CATALOG_BYTES, type CatalogInput } from "../pipeline/catalog";
import { InvalidInput } from "../pipeline/errors";

/** Reads catalog files for the pipeline, refusing missing, non-regular or oversized files before reading them. */
export function readCatalogInputs(files: string[], maxBytes = MAX_CATALOG_BYTES): CatalogInput[] {
  return files.map((file) => {
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new InvalidInput("is not a regular file", { file });
      size = stat.size;
    } catch (error) {
      if (error instanceof InvalidInput) throw error;
      throw new InvalidInput("cannot be read (no such file or no permission)", { file });
    }
    if (size > maxBytes) {
      throw new InvalidInput(`is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit`, { file });
    }
    return { file, bytes: readFileSync(file) };
  });
}
