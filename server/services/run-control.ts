import { and, asc, count, eq, gte, inArray, like } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { runItems, runs } from "../../db/schema";
import type { RunStart } from "../jobs/run-settings";
import { InvalidInput, NotFound } from "../pipeline/errors";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import { functionPath, type FunctionPath } from "../pipeline/schemas/path";
import { listFunctions } from "./catalogs";
import { listPaths } from "./paths";
import { runConfig, runStatuses, setRunStatus, type RunStatus } from "./runs";

export interface PlannedRun {
  name: string;
  projectId: number;
  paths: FunctionPath[];
  functions: FunctionSpec[];
}

/** The first free `studio-p<project>-<n>`, so a studio run's default name never resumes another run. */
function freeRunName(db: Db, projectId: number): string {
  const prefix = `studio-p${projectId}-`;
  const taken = new Set(
    db
      .select({ name: runs.name })
      .from(runs)
      .where(like(runs.name, `${prefix}%`))
      .all()
      .map((row) => row.name),
  );
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** What a studio run works on: the chosen paths (all by default, the first `count` of them) and the project's functions. Refuses bad choices before anything is stored. */
export function planStudioRun(db: Db, input: RunStart): PlannedRun {
  const stored = listPaths(db, input.projectId);
  if (stored.length === 0) throw new InvalidInput("the project has no paths yet: sample some on the Paths tab", { field: "pathIds" });
  let chosen = stored;
  if (input.pathIds) {
    const byId = new Map(stored.map((path) => [path.id, path]));
    const seen = new Set<string>();
    chosen = input.pathIds.map((id, index) => {
      const path = byId.get(id);
      if (!path) throw new InvalidInput(`path ${JSON.stringify(id)} is not in this project`, { field: `pathIds[${index}]` });
      if (seen.has(id)) throw new InvalidInput(`path ${JSON.stringify(id)} is chosen twice`, { field: `pathIds[${index}]` });
      seen.add(id);
      return path;
    });
  }
  if (input.count !== undefined && input.count > chosen.length) {
    throw new InvalidInput(`${input.count} paths asked for, but only ${chosen.length} are chosen`, { field: "count" });
  }
  let name = input.name;
  if (name !== undefined && db.select({ id: runs.id }).from(runs).where(eq(runs.name, name)).get()) {
    throw new InvalidInput(`a run named ${JSON.stringify(name)} exists already`, { field: "name" });
  }
  name ??= freeRunName(db, input.projectId);
  return { name, projectId: input.projectId, paths: chosen.slice(0, input.count ?? chosen.length), functions: listFunctions(db, input.projectId) };
}

export interface StoredRun {
  runId: number;
  name: string;
  projectId: number | null;
  status: RunStatus;
  config: z.output<typeof runConfig>;
  paths: FunctionPath[];
}

/** Everything needed to go on with a stored run, whichever process started it. */
export function storedRun(db: Db, runId: number): StoredRun {
  const run = db.select().from(runs).where(eq(runs.id, runId)).get();
  if (!run) throw new NotFound("run", String(runId));
  const config = runConfig.parse(JSON.parse(run.config));
  const paths = db
    .select({ path: runItems.path })
    .from(runItems)
    .where(eq(runItems.runId, runId))
    .orderBy(asc(runItems.position))
    .all()
    .map((row) => functionPath.parse(JSON.parse(row.path)));
  const status = runStatuses.find((s) => s === run.status);
  if (!status) throw new InvalidInput(`run ${runId} has an unknown status ${JSON.stringify(run.status)}`, { field: "status" });
  return { runId, name: run.name, projectId: run.projectId, status, config, paths };
}

/** The failed item of that path, to try again; refused when the path did not fail in this run. */
export function failedItemId(db: Db, runId: number, pathId: string): number {
  const row = db
    .select({ id: runItems.id })
    .from(runItems)
    .where(and(eq(runItems.runId, runId), eq(runItems.pathId, pathId), eq(runItems.status, "failed")))
    .get();
  if (!row) throw new NotFound(`failed item of run ${runId}`, pathId);
  return row.id;
}

export function failedItemIds(db: Db, runId: number): number[] {
  return db
    .select({ id: runItems.id })
    .from(runItems)
    .where(and(eq(runItems.runId, runId), eq(runItems.status, "failed")))
    .all()
    .map((row) => row.id);
}

/** Puts failed items back in the queue. */
export function requeueItems(db: Db, runId: number, itemIds: readonly number[]): void {
  if (itemIds.length === 0) return;
  db.update(runItems)
    .set({ status: "pending", updatedAt: new Date().toISOString() })
    .where(and(eq(runItems.runId, runId), inArray(runItems.id, [...itemIds]), eq(runItems.status, "failed")))
    .run();
}

export function cancelStoredRun(db: Db, runId: number): void {
  setRunStatus(db, runId, "cancelled");
}

export interface RunActivity {
  /** Items finished (done or failed) after `since`. */
  finishedSince: number;
  /** When the run last changed, in any process. */
  lastActivityAt: string;
  createdAt: string;
}

/** Read from the rows every process writes, so a run another process is working on shows its pace too. */
export function runActivity(db: Db, runId: number, since: Date): RunActivity {
  const run = db.select({ updatedAt: runs.updatedAt, createdAt: runs.createdAt }).from(runs).where(eq(runs.id, runId)).get();
  if (!run) throw new NotFound("run", String(runId));
  const recent = db
    .select({ n: count() })
    .from(runItems)
    .where(and(eq(runItems.runId, runId), inArray(runItems.status, ["done", "failed"]), gte(runItems.updatedAt, since.toISOString())))
    .get();
  return { finishedSince: recent?.n ?? 0, lastActivityAt: run.updatedAt, createdAt: run.createdAt };
}
