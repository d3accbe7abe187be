import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildGraph } from "../../server/pipeline/graph";
import { createRandom } from "../../server/pipeline/random";
import type { FunctionSpec } from "../../server/pipeline/schemas/function-spec";
import { hasSharedData, sharedData } from "../../test/shared-data";
import { averageOutDegree, coUseRecall, type CoUseQuery } from "./recall";
import { loadStableToolBench } from "./stabletoolbench";
import { syntheticCatalog } from "./synthetic-catalog";

export interface Row {
  name: string;
  functions: number;
  edges: number;
  /** Wall time of buildGraph alone (catalog loading excluded), in a fresh process. */
  seconds: number;
  /** Peak resident memory of the process that loaded the catalog and built the graph. */
  peakMemoryMB: number;
  /** Edges per function. */
  outDegree: number;
  /** Co-used pairs (StableToolBench relevant APIs, or the synthetic tasks) found among the top 5 / 10 neighbours. */
  recall5?: number;
  recall10?: number;
}

const CASES = ["stabletoolbench", "synthetic-10000", "synthetic-50000"] as const;
type CaseName = (typeof CASES)[number];
const SEED = 1;

/** Each case in its own process, one after the other, so time and peak memory are its own. */
export async function runGraphBench(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const name of CASES) {
    if (name === "stabletoolbench" && !hasSharedData) continue;
    rows.push(await runInChild(name));
  }
  return rows;
}

function loadCase(name: CaseName): { functions: FunctionSpec[]; queries: CoUseQuery[] } {
  if (name === "stabletoolbench") return loadStableToolBench(sharedData("stabletoolbench"));
  const { functions, tasks } = syntheticCatalog(Number(name.split("-")[1]), SEED);
  return { functions, queries: tasks };
}

function runCase(name: CaseName): Row {
  const { functions, queries } = loadCase(name);
  const started = performance.now();
  const graph = buildGraph(functions, { random: createRandom(SEED) });
  const seconds = (performance.now() - started) / 1000;
  const recall = coUseRecall(graph, queries);
  return {
    name,
    functions: graph.nodes.length,
    edges: graph.edges.length,
    seconds: round(seconds, 2),
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
    outDegree: round(averageOutDegree(graph), 2),
    recall5: round(recall.recall5, 3),
    recall10: round(recall.recall10, 3),
  };
}

function runInChild(name: CaseName): Promise<Row> {
  const script = fileURLToPath(import.meta.url);
  // The parent's loader flags (tsx's) let the child run this TypeScript file too.
  const loader = process.execArgv.length > 0 ? process.execArgv : ["--import", "tsx"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...loader, script, "--case", name], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = output.trim().split("\n").pop() ?? "";
      if (code !== 0) reject(new Error(`graph bench case ${name} exited with ${code}`));
      else resolve(JSON.parse(last) as Row);
    });
  });
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function printTable(rows: readonly Row[]): void {
  const columns: (keyof Row)[] = ["name", "functions", "edges", "seconds", "peakMemoryMB", "outDegree", "recall5", "recall10"];
  const cells = [columns.map(String), ...rows.map((row) => columns.map((column) => String(row[column] ?? "")))];
  const widths = columns.map((_, k) => Math.max(...cells.map((line) => (line[k] ?? "").length)));
  for (const line of cells) console.log(line.map((cell, k) => cell.padEnd(widths[k] ?? 0)).join("  "));
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const at = process.argv.indexOf("--case");
  const name = process.argv[at + 1];
  if (at >= 0 && CASES.includes(name as CaseName)) {
    console.log(JSON.stringify(runCase(name as CaseName)));
  } else {
    printTable(await runGraphBench());
  }
}
