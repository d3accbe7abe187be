import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cliNodeFlags } from "../../server/cli/node-flags";
import { runExport } from "../../server/exports/run-export";
import { formatNames, type FormatName } from "../../server/pipeline/formats";
import { coreSpeedsText, measureCoreSpeeds } from "../machine/core-speed";
import { median } from "../median";
import { writeBenchTrajectories } from "./make-input";

/** One export of the input to one format, in a process of its own. */
export interface ExportRun {
  format: FormatName;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMB: number;
  /** CPU time of the whole process (every thread) per record: steadier than wall time on a shared machine. */
  cpuUsPerRecord: number;
}

/** A format's runs, summed up. */
export interface ExportRow {
  format: FormatName;
  records: number;
  /** Median of the runs. */
  recordsPerSecond: number;
  /** Each run's records per second, in the order they ran. */
  runs: number[];
  /** The highest of the runs. */
  peakRssMB: number;
  /** Median of the runs. */
  cpuUsPerRecord: number;
}

const RECORDS = 100_000;
/**
 * Runs per format, taken in rounds over all formats: the machine's speed drifts over minutes, and a
 * round puts each format's runs at different moments instead of all in one stretch.
 */
const ROUNDS = 3;

async function exportOnce(input: string, format: FormatName, outDir: string, records: number): Promise<ExportRun> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await runExport({ input, outDir, formats: [format], seed: 1, split: 0.95, dedupe: true, dropContaminated: false, pairLevel: "turn" });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    format,
    records,
    seconds: Math.round(seconds * 100) / 100,
    recordsPerSecond: Math.round(records / seconds),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuUsPerRecord: Math.round((cpu.user + cpu.system) / records),
  };
}

export interface ExportBench {
  rows: ExportRow[];
  /** `JSON.parse` of the input's records per second on each core, before the runs and after them. */
  coresBefore: number[];
  coresAfter: number[];
}

/** Each format exported from the same 100,000-record file, each run in its own process, so peak memory is its own. */
export async function runExportBench(): Promise<ExportBench> {
  const dir = mkdtempSync(path.join(tmpdir(), "magnet-export-bench-"));
  try {
    const input = path.join(dir, "trajectories.jsonl");
    await writeBenchTrajectories(input, RECORDS);
    const coresBefore = await measureCoreSpeeds(input);
    const runs = new Map<FormatName, ExportRun[]>(formatNames.map((format) => [format, []]));
    for (let round = 0; round < ROUNDS; round++)
      for (const format of formatNames) {
        const outDir = path.join(dir, format);
        runs.get(format)?.push(await inChild(input, format, outDir));
        rmSync(outDir, { recursive: true, force: true });
      }
    const rows = formatNames.map((format) => {
      const mine = runs.get(format) ?? [];
      return {
        format,
        records: RECORDS,
        recordsPerSecond: median(mine.map((r) => r.recordsPerSecond)),
        runs: mine.map((r) => r.recordsPerSecond),
        peakRssMB: Math.max(...mine.map((r) => r.peakRssMB)),
        cpuUsPerRecord: median(mine.map((r) => r.cpuUsPerRecord)),
      };
    });
    return { rows, coresBefore, coresAfter: await measureCoreSpeeds(input) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inChild(input: string, format: FormatName, outDir: string): Promise<ExportRun> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    // Started with the command line's Node flags, as `npm run magnet` starts an export.
    const child = spawn(process.execPath, [...cliNodeFlags, "--import", "tsx", script, "--child", input, format, outDir, String(RECORDS)], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`export bench for ${format} exited with ${code}`));
      else resolve(JSON.parse(output.trim().split("\n").pop() ?? "{}"));
    });
  });
}

export function printExportBench({ rows, coresBefore, coresAfter }: ExportBench): void {
  console.table(rows);
  console.log(`records parsed per second on each core alone (a slow core means a slow stretch of the machine): before ${coreSpeedsText(coresBefore)}; after ${coreSpeedsText(coresAfter)}`);
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) {
  const [input, format, outDir, records] = process.argv.slice(childAt + 1);
  const name = formatNames.find((f) => f === format);
  if (!input || !name || !outDir || !records) throw new Error("usage: run.ts --child INPUT FORMAT OUT_DIR RECORDS");
  console.log(JSON.stringify(await exportOnce(input, name, outDir, Number(records))));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printExportBench(await runExportBench());
}
