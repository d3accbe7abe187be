import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { trajectories, trajectoryData } from "../../db/schema";
import { DEMO_PROJECT_NAME, ensureDemoProject } from "../demo/seed-demo";
import { createJavaScriptExecutor } from "../executors/javascript-executor";
import { builtinToolkits } from "../executors/toolkits";
import { runSynthesisJob } from "../jobs/synthesis-job";
import { trajectory } from "../pipeline/schemas/trajectory";
import type { ReviewStatus } from "../pipeline/schemas/review";
import { createOfflineConfigured, type ConfiguredTeacher } from "../teacher/create-teacher";
import { listFunctions } from "./catalogs";
import { listPaths } from "./paths";
import { findProjectByName } from "./projects";

/** Test setup: the demo project with a finished offline run over its first `paths` paths, trajectories stored as `magnet synth` stores them. */
export async function demoProjectWithRun(db: Db, options: { name?: string; paths?: number; teacher?: ConfiguredTeacher } = {}) {
  const projectId = ensureDemoProject(db).projectId ?? findProjectByName(db, DEMO_PROJECT_NAME)?.id;
  if (projectId === undefined) throw new Error("the demo project was not created");
  const result = await runSynthesisJob(db, {
    name: options.name ?? "export-test",
    projectId,
    functions: listFunctions(db, projectId),
    paths: listPaths(db, projectId).slice(0, options.paths ?? 6),
    teacher: options.teacher ?? createOfflineConfigured(),
    executors: [createJavaScriptExecutor(builtinToolkits)],
    seed: 1,
    negatives: ["wrong_summarization", "missing_nested_call"],
    judge: false,
    roundTrip: false,
    concurrency: 2,
  });
  return { projectId, runId: result.progress.runId };
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

/** Review statuses set directly, as the review service would leave them (tests only). */
export function setStatuses(db: Db, rowIds: readonly number[], status: ReviewStatus): void {
  db.update(trajectories).set({ status }).where(inArray(trajectories.id, [...rowIds])).run();
}
