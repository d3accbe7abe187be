import { availableParallelism } from "node:os";
import { writeExport, type EngineSettings, type ExportSummary } from "./export-engine";
import { scanParts } from "./scan-parts";
import type { Scanner } from "./scan-range";

export type { ExportSummary } from "./export-engine";

export interface ExportSettings extends EngineSettings {
  /** Threads reading the input; default: the machine's cores, at most 4. */
  threads?: number;
}

/** Reads the input in `threads` parts side by side (worker threads): for the command line, which runs from the sources. */
export const parallelScanner =
  (threads = Math.min(availableParallelism(), 4)): Scanner =>
  (base, onProgress) =>
    scanParts(base, threads, onProgress);

/** Exports a trajectories file with the parallel scan (see `writeExport`). */
export function runExport(settings: ExportSettings): Promise<ExportSummary> {
  return writeExport(settings, parallelScanner(settings.threads));
}
