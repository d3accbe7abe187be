import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { chromium, type Page, type Request } from "@playwright/test";
import { z } from "zod";
import { openDatabase, type Db } from "../../db/client";
import { runs } from "../../db/schema";
import type { Trajectory } from "../../server/pipeline/schemas/trajectory";
import { negativeErrorTypes } from "../../server/pipeline/teacher";
import { demoProjectWithRun } from "../../test/demo-run";
import { completeItem, openRun, runConfig, unfinishedItems } from "../../server/services/runs";
import { chromiumLaunchOptions } from "../../test/chromium";
import { startStudio } from "./studio-server";

export interface ReviewNextRow {
  /** `reading`: `j` once the next record fetched ahead has arrived, as while a reviewer reads; `back-to-back`: `j` as soon as a row shows. */
  pace: "reading" | "back-to-back";
  queue: number;
  presses: number;
  /** Key press until the viewer shows the next row's content, measured in the page (next frame included). */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  targetMs: number;
}

const QUEUE = 20_000;
const PRESSES = 30;
const noUsage = { requests: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };

/** Copy `n` of a trajectory: every id that pairs or places it gets the copy's suffix. */
function copyOf(t: Trajectory, n: number): Trajectory {
  const suffix = `~${n}`;
  return {
    ...t,
    id: `${t.id}${suffix}`,
    path_id: `${t.path_id}${suffix}`,
    ...(t.pair ? { pair: { ...t.pair, positive_id: `${t.pair.positive_id}${suffix}` } } : {}),
    provenance: { ...t.provenance, path_id: `${t.provenance.path_id}${suffix}` },
  };
}

/**
 * A review queue of `size` realistic trajectories in the demo project: the offline pipeline runs once on
 * the demo paths, then a second run stores copies of its results (distinct ids, pairs kept) through the
 * run service, in one transaction. Returns the queue's run.
 */
export async function seedReviewQueue(db: Db, size: number): Promise<{ projectId: number; runId: number }> {
  const source = await demoProjectWithRun(db, { name: "review-bench-source", paths: "all", negatives: negativeErrorTypes, judge: true });
  const projectId = source.projectId;
  const byPath = new Map<string, Trajectory[]>();
  for (const t of source.trajectories) byPath.set(t.path_id, [...(byPath.get(t.path_id) ?? []), t]);
  const stored = db.select({ config: runs.config }).from(runs).where(eq(runs.id, source.runId)).get();
  if (!stored) throw new Error("the source run is missing");
  const donePaths = source.paths.filter((p) => byPath.has(p.id));
  const copies = Math.ceil(size / source.trajectories.length);
  const paths = Array.from({ length: copies }, (_, n) => donePaths.map((p) => ({ ...p, id: `${p.id}~${n}` }))).flat();
  const { runId } = openRun(db, { name: "review-bench-queue", projectId, config: runConfig.parse(JSON.parse(stored.config)), paths });
  db.transaction((tx) => {
    let left = size;
    for (const item of unfinishedItems(tx, runId)) {
      const [original, n] = item.path.id.split("~");
      const trajectories = (byPath.get(original ?? "") ?? []).slice(0, left).map((t) => copyOf(t, Number(n)));
      left -= trajectories.length;
      completeItem(tx, runId, item.itemId, trajectories, [], noUsage);
    }
  });
  return { projectId, runId };
}

/**
 * Presses `j` in the page and resolves with the time until the viewer shows another row, loaded, on the
 * next frame. Plain source text: tsx's helpers would not exist inside the page.
 */
const PRESS_NEXT = `new Promise((resolve) => {
  const viewer = () => document.querySelector('[data-id="trajectory-viewer"]');
  const before = viewer()?.getAttribute("data-row-id");
  const started = performance.now();
  const shown = () => viewer()?.getAttribute("data-row-id") !== before && viewer()?.getAttribute("data-loaded") === "true";
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - started));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
})`;
const pressNext = async (page: Page): Promise<number> => z.number().parse(await page.evaluate(PRESS_NEXT));

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const tenth = (ms: number) => Math.round(ms * 10) / 10;

function rowOf(pace: ReviewNextRow["pace"], times: readonly number[]): ReviewNextRow {
  const sorted = [...times].sort((a, b) => a - b);
  return { pace, queue: QUEUE, presses: times.length, medianMs: tenth(percentile(sorted, 50)), p95Ms: tenth(percentile(sorted, 95)), maxMs: tenth(sorted.at(-1) ?? 0), targetMs: 200 };
}

/** Waits until the page has received the review record of a row, whoever asked for it (the viewer fetches ahead). */
function recordsReceived(page: Page): (id: number) => Promise<void> {
  const received = new Set<number>();
  let waiters: (() => void)[] = [];
  page.on("requestfinished", (request: Request) => {
    const url = decodeURIComponent(request.url());
    if (!url.includes("reviews.get")) return;
    for (const match of url.matchAll(/"id":(\d+)/g)) received.add(Number(match[1]));
    for (const wake of waiters) wake();
    waiters = [];
  });
  return async (id) => {
    while (!received.has(id)) await new Promise<void>((resolve) => waiters.push(resolve));
  };
}

/** The row after the open one on the queue's page; none at a page's end. */
async function nextRowId(page: Page): Promise<number | undefined> {
  const next = page.locator('[data-id="queue-item"][aria-selected="true"] + [data-id="queue-item"]');
  return (await next.count()) === 0 ? undefined : Number(await next.getAttribute("data-row-id"));
}

/** Opening the next trajectory of a 20,000-row queue with `j`, in headless Chromium against `next start`. */
export async function runReviewNextBench(): Promise<ReviewNextRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "magnet-review-ui-"));
  const file = path.join(dir, "studio.db");
  const database = openDatabase(file);
  const { projectId, runId } = await seedReviewQueue(database.db, QUEUE);
  database.close();
  const studio = await startStudio(file, 3211);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const received = recordsReceived(page);
    await page.goto(`${studio.url}/projects/${projectId}/review?run=${runId}`);
    await page.locator('[data-id="trajectory-viewer"][data-loaded="true"]').waitFor({ timeout: 60_000 });
    // Two unmeasured presses: the server's first requests pay for warming up, not for the queue.
    for (let i = 0; i < 2; i++) await pressNext(page);
    const reading: number[] = [];
    for (let i = 0; i < PRESSES; i++) {
      const next = await nextRowId(page);
      if (next !== undefined) await received(next);
      reading.push(await pressNext(page));
    }
    const backToBack: number[] = [];
    for (let i = 0; i < PRESSES; i++) backToBack.push(await pressNext(page));
    return [rowOf("reading", reading), rowOf("back-to-back", backToBack)];
  } finally {
    await browser.close();
    await studio.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await runReviewNextBench());
