import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { runItems, runs } from "../../db/schema";
import { InvalidInput, NotFound } from "../pipeline/errors";
import { functionSpec } from "../pipeline/schemas/function-spec";
import { judgedSample } from "../pipeline/schemas/judged-sample";
import { functionPath, type FunctionPath } from "../pipeline/schemas/path";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { negativeErrorTypes } from "../pipeline/teacher";
import { thisProcess } from "./process-owner";
import { storeItemTrajectories, storedRunTrajectories } from "./trajectory-store";

/** What a run is: enough to redo it exactly (the API key is never part of it). */
export const runConfig = z.object({
  teacher: z.object({ backend: z.string(), model: z.string(), baseURL: z.string().optional(), profileId: z.number().int().optional() }),
  seed: z.number().int(),
  negatives: z.array(z.enum(negativeErrorTypes)),
  judge: z.boolean(),
  roundTrip: z.boolean(),
  functions: z.array(functionSpec),
  judged: z.array(judgedSample).default([]),
});
export type RunConfig = z.input<typeof runConfig>;

export const runStatuses = ["running", "paused", "done", "failed", "cancelled"] as const;
export type RunStatus = (typeof runStatuses)[number];

export interface RunUsage {
  requests: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export interface RunProgress {
  runId: number;
  name: string;
  status: RunStatus;
  total: number;
  done: number;
  failed: number;
  pending: number;
  usage: RunUsage;
}

/**
 * Creates the run, or returns the stored one of that name for resuming. A name reused with other
 * settings or other paths is refused rather than mixing two runs' records.
 */
export function openRun(db: Db, input: { name: string; config: RunConfig; paths: FunctionPath[]; projectId?: number }) {
  const config = JSON.stringify(runConfig.parse(input.config));
  const existing = db.select().from(runs).where(eq(runs.name, input.name)).get();
  if (existing) {
    const storedPaths = db.select({ path: runItems.path }).from(runItems).where(eq(runItems.runId, existing.id)).orderBy(asc(runItems.position)).all();
    // Compared in the schema's shape: a path read back from the database may list its keys in another order.
    const canonical = (path: unknown) => JSON.stringify(functionPath.parse(path));
    const samePaths = storedPaths.length === input.paths.length && storedPaths.every((row, i) => canonical(JSON.parse(row.path)) === canonical(input.paths[i]));
    if (existing.config !== config || !samePaths) {
      throw new InvalidInput(`run ${JSON.stringify(input.name)} exists with other settings or paths: choose another --run name`, { field: "run" });
    }
    db.update(runs).set({ status: "running", owner: thisProcess(), updatedAt: new Date().toISOString() }).where(eq(runs.id, existing.id)).run();
    return { runId: existing.id, resumed: true };
  }
  return db.transaction((tx) => {
    const run = tx
      .insert(runs)
      .values({ name: input.name, config, status: "running", owner: thisProcess(), total: input.paths.length, projectId: input.projectId })
      .returning({ id: runs.id })
      .get();
    input.paths.forEach((path, position) => {
      tx.insert(runItems).values({ runId: run.id, position, pathId: path.id, path: JSON.stringify(path), status: "pending" }).run();
    });
    return { runId: run.id, resumed: false };
  });
}

/** A resumed run tries its failed items again. */
export function retryFailedItems(db: Db, runId: number): void {
  db.update(runItems)
    .set({ status: "pending", updatedAt: new Date().toISOString() })
    .where(and(eq(runItems.runId, runId), eq(runItems.status, "failed")))
    .run();
}

/** Items still to do, in input order. */
export function unfinishedItems(db: Db, runId: number): { itemId: number; path: FunctionPath }[] {
  return db
    .select({ id: runItems.id, path: runItems.path })
    .from(runItems)
    .where(and(eq(runItems.runId, runId), eq(runItems.status, "pending")))
    .orderBy(asc(runItems.position))
    .all()
    .map((row) => ({ itemId: row.id, path: functionPath.parse(JSON.parse(row.path)) }));
}

/** Adds what requests cost to the run's totals. */
export function recordUsage(db: Db, runId: number, usage: RunUsage): void {
  db.update(runs)
    .set({
      requests: sql`${runs.requests} + ${usage.requests}`,
      promptTokens: sql`${runs.promptTokens} + ${usage.promptTokens}`,
      completionTokens: sql`${runs.completionTokens} + ${usage.completionTokens}`,
      costUsd: sql`${runs.costUsd} + ${usage.costUsd}`,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(runs.id, runId))
    .run();
}

/** Stores an item's trajectories and its cost in one transaction, so a crash never keeps one without the other. */
export function completeItem(
  db: Db,
  runId: number,
  itemId: number,
  trajectories: Trajectory[],
  filtered: unknown[],
  usage: RunUsage,
  toolkits?: ReadonlyMap<string, string>,
): void {
  db.transaction((tx) => {
    tx.update(runItems)
      .set({ status: "done", result: JSON.stringify({ trajectories, filtered }), error: null, raw: null, attempts: sql`${runItems.attempts} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(runItems.id, itemId))
      .run();
    storeItemTrajectories(tx, itemId, trajectories, toolkits);
    recordUsage(tx, runId, usage);
  });
}

export function failItem(db: Db, runId: number, itemId: number, error: string, raw: string | undefined, usage: RunUsage): void {
  db.transaction((tx) => {
    tx.update(runItems)
      .set({ status: "failed", error, raw: raw ?? null, attempts: sql`${runItems.attempts} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(runItems.id, itemId))
      .run();
    recordUsage(tx, runId, usage);
  });
}

export function setRunStatus(db: Db, runId: number, status: RunStatus): void {
  db.update(runs).set({ status, updatedAt: new Date().toISOString() }).where(eq(runs.id, runId)).run();
}

export function runProgress(db: Db, runId: number): RunProgress {
  const run = db.select().from(runs).where(eq(runs.id, runId)).get();
  if (!run) throw new NotFound("run", String(runId));
  const counts = db
    .select({ status: runItems.status, n: sql<number>`count(*)` })
    .from(runItems)
    .where(eq(runItems.runId, runId))
    .groupBy(runItems.status)
    .all();
  const count = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
  return {
    runId,
    name: run.name,
    status: z.enum(runStatuses).parse(run.status),
    total: run.total,
    done: count("done"),
    failed: count("failed"),
    pending: count("pending"),
    usage: { requests: run.requests, promptTokens: run.promptTokens, completionTokens: run.completionTokens, costUsd: run.costUsd },
  };
}

function requireRun(db: Db, runId: number): void {
  if (!db.select({ id: runs.id }).from(runs).where(eq(runs.id, runId)).get()) throw new NotFound("run", String(runId));
}

/** Every finished item's trajectories in input order, with reviewers' edits: the same whatever order the items finished in. */
export function runTrajectories(db: Db, runId: number): Trajectory[] {
  requireRun(db, runId);
  return storedRunTrajectories(db, runId);
}

export function runFailures(db: Db, runId: number) {
  requireRun(db, runId);
  return db
    .select({ pathId: runItems.pathId, error: runItems.error, raw: runItems.raw, attempts: runItems.attempts })
    .from(runItems)
    .where(and(eq(runItems.runId, runId), eq(runItems.status, "failed")))
    .orderBy(asc(runItems.position))
    .all();
}

/** Runs, newest first, with their progress; a project's only when one is given. */
export function listRuns(db: Db, projectId?: number): RunProgress[] {
  return db
    .select({ id: runs.id })
    .from(runs)
    .where(projectId === undefined ? undefined : eq(runs.projectId, projectId))
    .orderBy(desc(runs.id))
    .all()
    .map((row) => runProgress(db, row.id));
}

/** One page of a run's trajectories, in input order, and how many there are. */
export function runTrajectoriesPage(db: Db, runId: number, page: { offset: number; limit: number }) {
  const all = runTrajectories(db, runId);
  return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) };
}
