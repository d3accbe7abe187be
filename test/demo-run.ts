import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { trajectories, trajectoryData } from "../db/schema";
import { DEMO_PROJECT_NAME, ensureDemoProject } from "../server/demo/seed-demo";
import { createJavaScriptExecutor } from "../server/executors/javascript-executor";
import { builtinToolkits } from "../server/executors/toolkits";
import { runSynthesisJob } from "../server/jobs/synthesis-job";
import type { ReviewStatus } from "../server/pipeline/schemas/review";
import { trajectory } from "../server/pipeline/schemas/trajectory";
import type { NegativeErrorType } from "../server/pipeline/teacher";
import { listFunctions } from "../server/services/catalogs";
import { listPaths } from "../server/services/paths";
import { findProjectByName } from "../server/services/projects";
import { createOfflineConfigured, type ConfiguredTeacher } from "../server/teacher/create-teacher";

export interface DemoRunOptions {
  name?: string;
  /** The first N of the demo's paths (default 6), or all of them. */
  paths?: number | "all";
  teacher?: ConfiguredTeacher;
  negatives?: readonly NegativeErrorType[];
  judge?: boolean;
}

/**
 * The demo project with a finished offline run, its trajectories stored as `magnet synth` stores
 * them: real reviewable records for tests and benchmarks.
 */
export async function demoProjectWithRun(db: Db, options: DemoRunOptions = {}) {
  const projectId = ensureDemoProject(db).projectId ?? findProjectByName(db, DEMO_PROJECT_NAME)?.id;
  if (projectId === undefined) throw new Error("the demo project was not created");
  const all = listPaths(db, projectId);
  const paths = options.paths === "all" ? all : all.slice(0, options.paths ?? 6);
  const result = await runSynthesisJob(db, {
    name: options.name ?? "demo-run",
    projectId,
    functions: listFunctions(db, projectId),
    paths,
    teacher: options.teacher ?? createOfflineConfigured(),
    executors: [createJavaScriptExecutor(builtinToolkits)],
    seed: 1,
    negatives: options.negatives ?? ["wrong_summarization", "missing_nested_call"],
    judge: options.judge ?? false,
    roundTrip: false,
    concurrency: 2,
  });
  return { projectId, runId: result.progress.runId, paths, trajectories: result.trajectories };
}

/** A run's stored rows, in output order, with what a test decides review statuses by. */
export function storedRows(db: Db, runId: number) {
  return db
    .select({ id: trajectories.id, data: trajectoryData.data })
    .from(trajectories)
    .innerJoin(trajectoryData, eq(trajectoryData.trajectoryRowId, trajectories.id))
    .where(eq(trajectories.runId, runId))
    .orderBy(asc(trajectories.position), asc(trajectories.seq))
    .all()
    .map((row) => ({ id: row.id, trajectory: trajectory.parse(JSON.parse(row.data)) }));
}

/** Review statuses set directly, as the review service would leave them. */
export function setStatuses(db: Db, rowIds: readonly number[], status: ReviewStatus): void {
  db.update(trajectories).set({ status }).where(inArray(trajectories.id, [...rowIds])).run();
}
