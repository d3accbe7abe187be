import { spawn } from "node:child_process";
import { closeSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

const WARM_UP_MS = 300;
const MEASURE_MS = 1000;
/** The probe parses the file's first records, read from its first bytes. */
const PROBE_BYTES = 16 << 20;

/**
 * How fast each core parses the first records of a JSON Lines file, each core measured alone (pinned
 * with `taskset`). On a shared host one core can run such memory-heavy work far slower than the other
 * for minutes at a time, while plain arithmetic keeps its speed: this tells a reader which kind of
 * minute a figure comes from. Empty when `taskset` is missing.
 */
export async function measureCoreSpeeds(file: string): Promise<number[]> {
  const speeds: number[] = [];
  for (let cpu = 0; cpu < availableParallelism(); cpu++) {
    const speed = await parsesPerSecondOn(cpu, file);
    if (speed === undefined) return [];
    speeds.push(speed);
  }
  return speeds;
}

export const coreSpeedsText = (speeds: readonly number[]): string =>
  speeds.length === 0 ? "not measured (no taskset)" : speeds.map((speed, cpu) => `cpu${cpu} ${speed.toLocaleString("en-US")}`).join(", ");

function parsesPerSecondOn(cpu: number, file: string): Promise<number | undefined> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve) => {
    const child = spawn("taskset", ["-c", String(cpu), process.execPath, "--single-threaded-gc", "--import", "tsx", script, "--probe", file], { stdio: ["ignore", "pipe", "ignore"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", () => resolve(undefined));
    child.on("close", (code) => resolve(code === 0 ? Number(output.trim()) : undefined));
  });
}

function probe(file: string): number {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(PROBE_BYTES);
  const read = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const lines = buffer.toString("utf8", 0, read).split("\n").slice(0, -1);
  let count = 0;
  const parse = (until: number) => {
    for (let i = 0; performance.now() < until; i = (i + 1) % lines.length, count++) JSON.parse(lines[i] ?? "null");
  };
  parse(performance.now() + WARM_UP_MS);
  count = 0;
  const started = performance.now();
  parse(started + MEASURE_MS);
  return Math.round(count / ((performance.now() - started) / 1000));
}

const probeAt = process.argv.indexOf("--probe");
if (probeAt >= 0) console.log(probe(process.argv[probeAt + 1] ?? ""));
