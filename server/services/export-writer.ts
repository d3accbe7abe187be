import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "../../db/client";
import { parseBenchmark } from "../pipeline/export";
import { InvalidInput } from "../pipeline/errors";
import type { BenchmarkUpload, ExportRequest } from "../exports/export-request";
import { writeExport, type ExportSummary } from "../exports/export-engine";
import { scanInThisThread, type Scanner } from "../exports/scan-range";
import { SpoolWriter } from "../exports/spool-writer";
import { selectedTrajectories } from "./export-selection";

const YIELD_EVERY = 500;

/** An uploaded file name made safe to write under a temporary folder; the card shows it. */
const benchmarkFileName = (name: string): string => path.basename(name).replace(/[^\w.-]+/g, "_").replace(/^\.+/, "") || "benchmark.json";

/** The uploaded benchmark, parsed so a bad one is named by its own file name (record and field), not a temporary path. */
export function readUpload(upload: BenchmarkUpload) {
  return { name: benchmarkFileName(upload.name), entries: parseBenchmark(upload.text, upload.name) };
}

export interface ProjectExportSummary extends ExportSummary {
  /** Records the selection matched, before filters, deduplication and mixture. */
  selected: number;
}

/**
 * Writes a project's selected trajectories as an export into `outDir` with the export engine: the
 * records go to a temporary JSON Lines file first (the engine reads files), removed afterwards. A
 * selection that matches nothing is refused: an empty dataset is never what was meant.
 */
export async function writeProjectExport(
  db: Db,
  request: ExportRequest,
  outDir: string,
  /** `scan`: how the records are read; default this thread alone, all a server process can do. */
  options: { scan?: Scanner; onProgress?: (phase: "reading" | "writing", records: number) => void } = {},
): Promise<ProjectExportSummary> {
  const benchmark = request.contamination ? readUpload(request.contamination) : undefined;
  const { lines } = selectedTrajectories(db, request);
  const work = mkdtempSync(path.join(tmpdir(), "magnet-export-"));
  try {
    const input = path.join(work, "trajectories.jsonl");
    const writer = new SpoolWriter(input);
    let selected = 0;
    try {
      for (const line of lines) {
        writer.write(line);
        // Other requests get their turn while a large selection is copied out.
        if (++selected % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      writer.close();
    }
    if (selected === 0)
      throw new InvalidInput(`no trajectory of the project is ${request.statuses.join(" or ")}${request.runIds ? " in the chosen runs" : ""}: review some first, or choose other statuses`, {
        field: "statuses",
      });
    let contamination: string | undefined;
    if (request.contamination && benchmark) {
      // A folder of its own: a benchmark named like the records file (trajectories.jsonl) must not replace it.
      const folder = path.join(work, "benchmark");
      mkdirSync(folder);
      contamination = path.join(folder, benchmark.name);
      writeFileSync(contamination, request.contamination.text);
    }
    const summary = await writeExport(
      {
        input,
        outDir,
        formats: request.formats,
        seed: request.seed,
        split: request.split,
        ...(request.mixture ? { mixture: request.mixture } : {}),
        ...(request.polarity ? { polarity: request.polarity } : {}),
        ...(request.turnKinds ? { turnKinds: request.turnKinds } : {}),
        dedupe: request.dedupe,
        ...(contamination ? { contamination } : {}),
        dropContaminated: request.dropContaminated,
        pairLevel: request.pairLevel,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      },
      options.scan ?? scanInThisThread,
    );
    return { ...summary, selected };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
