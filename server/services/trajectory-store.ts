import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { runItems, runs, studioSettings, trajectories, trajectoryData } from "../../db/schema";
import { trajectoryFacts, type TrajectoryFacts } from "../pipeline/review/trajectory-facts";
import { functionPath } from "../pipeline/schemas/path";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";

/** Only what indexing needs from a run's stored configuration. */
const runToolkitsSchema = z.object({ functions: z.array(z.object({ id: z.string(), toolkit: z.string() })) });
const storedResult = z.object({ trajectories: z.array(trajectory) });

/** Function id → toolkit for a run, from its stored configuration: parse it once per run, not per item. */
export function runToolkits(db: Db, runId: number): Map<string, string> {
  const run = db.select({ config: runs.config }).from(runs).where(eq(runs.id, runId)).get();
  return new Map(run ? runToolkitsSchema.parse(JSON.parse(run.config)).functions.map((f) => [f.id, f.toolkit]) : []);
}

/** A run item's place, its path and the toolkit of each function: what deriving facts needs. */
function itemContext(db: Db, itemId: number, toolkits?: ReadonlyMap<string, string>) {
  const item = db
    .select({ runId: runItems.runId, position: runItems.position, path: runItems.path, projectId: runs.projectId })
    .from(runItems)
    .innerJoin(runs, eq(runs.id, runItems.runId))
    .where(eq(runItems.id, itemId))
    .get();
  if (!item) return undefined;
  return { ...item, path: functionPath.parse(JSON.parse(item.path)), toolkitOf: toolkits ?? runToolkits(db, item.runId) };
}

/**
 * The filter and search columns of a stored record for its trajectory as edited now, so that an edited
 * query is found by what it says now. Undefined when the run item is gone.
 */
export function storedTrajectoryFacts(db: Db, itemId: number, edited: Trajectory): TrajectoryFacts | undefined {
  const item = itemContext(db, itemId);
  return item && trajectoryFacts(edited, item.path, item.toolkitOf);
}

/**
 * Makes a finished item's trajectories reviewable records. Called inside the transaction that
 * completes the item; a record already there (same run and trajectory id) keeps its review. A caller
 * working through a run passes the run's toolkits (`runToolkits`), read once.
 */
export function storeItemTrajectories(db: Db, itemId: number, items: readonly Trajectory[], toolkits?: ReadonlyMap<string, string>): void {
  if (items.length === 0) return;
  const item = itemContext(db, itemId, toolkits);
  if (!item) return;
  const { path, toolkitOf } = item;
  items.forEach((t, seq) => {
    const inserted = db
      .insert(trajectories)
      .values({
        runId: item.runId,
        itemId,
        projectId: item.projectId,
        trajectoryId: t.id,
        pathId: t.path_id,
        position: item.position,
        seq,
        ...trajectoryFacts(t, path, toolkitOf),
        turnStatus: JSON.stringify(t.turns.map(() => "pending")),
      })
      .onConflictDoNothing()
      .returning({ id: trajectories.id })
      .get();
    if (inserted) db.insert(trajectoryData).values({ trajectoryRowId: inserted.id, data: JSON.stringify(t) }).run();
  });
}

/** The studio_settings key recording that runs stored before the review tables were indexed. */
const INDEXED_KEY = "trajectories.indexed";

/**
 * Indexes finished items that have no reviewable records yet: runs stored before the review tables
 * existed. Since then `completeItem` indexes every item as it finishes, so this runs once per
 * database; later opens read one settings row instead of scanning every stored result.
 */
export function indexStoredTrajectories(db: Db): number {
  if (db.select({ key: studioSettings.key }).from(studioSettings).where(eq(studioSettings.key, INDEXED_KEY)).get()) return 0;
  const pending = db
    .select({ id: runItems.id, result: runItems.result })
    .from(runItems)
    .where(
      and(
        eq(runItems.status, "done"),
        sql`not exists (select 1 from ${trajectories} where ${trajectories.itemId} = ${runItems.id})`,
        sql`json_array_length(${runItems.result}, '$.trajectories') > 0`,
      ),
    )
    .all();
  for (const row of pending) {
    const parsed = storedResult.parse(JSON.parse(row.result ?? "{}"));
    db.transaction((tx) => storeItemTrajectories(tx, row.id, parsed.trajectories));
  }
  db.insert(studioSettings).values({ key: INDEXED_KEY, value: new Date().toISOString() }).onConflictDoNothing().run();
  return pending.length;
}

/** A run's trajectories in output order, with reviewers' edits. */
export function storedRunTrajectories(db: Db, runId: number): Trajectory[] {
  return db
    .select({ data: trajectoryData.data })
    .from(trajectories)
    .innerJoin(trajectoryData, eq(trajectoryData.trajectoryRowId, trajectories.id))
    .where(eq(trajectories.runId, runId))
    .orderBy(asc(trajectories.position), asc(trajectories.seq))
    .all()
    .map((row) => trajectory.parse(JSON.parse(row.data)));
}
