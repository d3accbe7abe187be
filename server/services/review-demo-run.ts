import type { Db } from "../../db/client";
import { ensureDemoProject } from "../demo/seed-demo";
import { createJavaScriptExecutor } from "../executors/javascript-executor";
import { builtinToolkits } from "../executors/toolkits";
import { runSynthesisJob } from "../jobs/synthesis-job";
import { negativeErrorTypes } from "../pipeline/teacher";
import { createTeacher } from "../teacher/create-teacher";
import { listFunctions } from "./catalogs";
import { listPaths } from "./paths";

/**
 * The demo project with an offline run (every negative type, judged) over its first `paths` paths:
 * real reviewable trajectories for the review tests and the review benchmark.
 */
export async function demoReviewRun(db: Db, options: { name: string; paths?: number }) {
  const { projectId } = ensureDemoProject(db);
  if (projectId === undefined) throw new Error("this database already had the demo project once: use a fresh one");
  const paths = listPaths(db, projectId).slice(0, options.paths);
  const result = await runSynthesisJob(db, {
    name: options.name,
    projectId,
    functions: listFunctions(db, projectId),
    paths,
    teacher: createTeacher("offline", db),
    executors: [createJavaScriptExecutor(builtinToolkits)],
    seed: 1,
    negatives: negativeErrorTypes,
    judge: true,
    roundTrip: false,
    concurrency: 2,
  });
  return { projectId, runId: result.progress.runId, paths, trajectories: result.trajectories };
}
