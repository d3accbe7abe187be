import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogInput } from "../pipeline/catalog";

/**
 * The demo's catalog: OpenAI tool files, one per toolkit (the importer takes the toolkit from the
 * file's base name). Resolved from the working directory rather than from import.meta.url: Next.js
 * bundles this module into .next/server, where a module-relative path no longer reaches the JSON
 * files, while the studio, the CLI and the tests all run from the project root.
 */
export const DEMO_CATALOG_DIR = path.join(process.cwd(), "server", "demo", "catalog");

/** The catalog files in name order, so that imports (and with them function ids) never depend on the directory listing. */
export function readDemoCatalog(dir: string = DEMO_CATALOG_DIR): CatalogInput[] {
  // The ignore comments keep Next's file tracing from pulling the whole project into the build for a folder it cannot resolve statically.
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(/*turbopackIgnore: true*/ dir, file))) }));
}
