import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runExport } from "../../server/exports/run-export";
import { formatNames, type FormatName } from "../../server/pipeline/formats";
import { writeBenchTrajectories } from "./make-input";

export interface ExportRow {
  format: FormatName;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMB: number;
  /** CPU time of the whole process (every thread) per record: steadier than wall time on a shared machine. */
  cpuUsPerRecord: number;
}

const RECORDS = 100_000;

async function exportOnce(input: string, format: FormatName, outDir: string, records: number): Promise<ExportRow> {
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

/** Each format exported from the same 100,000-record file in its own process, so peak memory is its own. */
export async function runExportBench(): Promise<ExportRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "magnet-export-bench-"));
  try {
    const input = path.join(dir, "trajectories.jsonl");
    await writeBenchTrajectories(input, RECORDS);
    const rows: ExportRow[] = [];
    for (const format of formatNames) rows.push(await inChild(input, format, path.join(dir, format)));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inChild(input: string, format: FormatName, outDir: string): Promise<ExportRow> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, "--child", input, format, outDir, String(RECORDS)], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`export bench for ${format} exited with ${code}`));
      else resolve(JSON.parse(output.trim().split("\n").pop() ?? "{}"));
    });
  });
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) {
  const [input, format, outDir, records] = process.argv.slice(childAt + 1);
  const name = formatNames.find((f) => f === format);
  if (!input || !name || !outDir || !records) throw new Error("usage: run.ts --child INPUT FORMAT OUT_DIR RECORDS");
  console.log(JSON.stringify(await exportOnce(input, name, outDir, Number(records))));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.table(await runExportBench());
}
