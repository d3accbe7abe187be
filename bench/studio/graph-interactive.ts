import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { openDatabase } from "../../db/client";
import { importIntoNamedProject } from "../../server/services/catalogs";
import { rebuildGraph } from "../../server/services/graph";
import { hasSharedData, sharedData } from "../../test/shared-data";
import { chromiumLaunchOptions } from "../../test/chromium";
import { startStudio } from "./studio-server";
import { median } from "../median";

export interface GraphInteractiveRow {
  catalog: string;
  functions: number;
  edges: number;
  /** Navigation start until the explorer reports itself laid out and interactive; median of the runs. */
  medianMs: number;
  runsMs: number[];
  targetMs: number;
}

const RUNS = 5;

const catalogFiles = (directory: string) =>
  readdirSync(directory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(directory, file))) }));

/** Time from navigation until the graph explorer is interactive, in headless Chromium against `next start`. */
export async function runGraphInteractiveBench(): Promise<GraphInteractiveRow[]> {
  if (!hasSharedData) return [];
  const dir = mkdtempSync(path.join(tmpdir(), "magnet-graph-ui-"));
  const file = path.join(dir, "studio.db");
  const cases = [
    { catalog: "BFCL multi-turn (8 classes)", directory: sharedData("bfcl_v3", "multi_turn_func_doc"), targetMs: 1500 },
    { catalog: "StableToolBench (all test queries)", directory: sharedData("stabletoolbench"), targetMs: 3000 },
  ];
  const database = openDatabase(file);
  const projects = cases.map((c) => {
    const { project } = importIntoNamedProject(database.db, c.catalog, catalogFiles(c.directory));
    const built = rebuildGraph(database.db, project.id);
    return { ...c, projectId: project.id, ...built };
  });
  database.close();
  const studio = await startStudio(file, 3210);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const rows: GraphInteractiveRow[] = [];
    for (const c of projects) {
      const runsMs: number[] = [];
      // One unmeasured visit: the server compiles nothing at run time, but its caches warm like a user's second visit.
      for (let run = 0; run <= RUNS; run++) {
        const page = await browser.newPage();
        const started = performance.now();
        await page.goto(`${studio.url}/projects/${c.projectId}/graph`);
        await page.locator('[data-testid="graph-explorer"][data-ready="true"]').waitFor({ timeout: 60_000 });
        if (run > 0) runsMs.push(Math.round(performance.now() - started));
        await page.close();
      }
      rows.push({ catalog: c.catalog, functions: c.functions, edges: c.edges, medianMs: median(runsMs), runsMs, targetMs: c.targetMs });
    }
    return rows;
  } finally {
    await browser.close();
    await studio.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await runGraphInteractiveBench());
