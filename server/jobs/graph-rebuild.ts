import { z } from "zod";
import type { Db } from "../../db/client";
import { buildGraphWithJudge, createTeacherJudge } from "../pipeline/graph";
import { createRandom } from "../pipeline/random";
import type { Teacher } from "../pipeline/teacher";
import { listFunctions } from "../services/catalogs";
import { graphSettings, rebuildGraph, replaceBuiltEdges } from "../services/graph";
import { getProject } from "../services/projects";

export const rebuildSettings = graphSettings.extend({
  judge: z.enum(["offline", "teacher"]).default("offline"),
  concurrency: z.number().int().min(1).max(64).default(4),
});
export type RebuildSettings = z.input<typeof rebuildSettings>;

export interface RebuildStatus {
  state: "idle" | "running" | "done" | "failed";
  done: number;
  total: number;
  judge?: "offline" | "teacher";
  result?: { functions: number; edges: number };
  error?: string;
}

/** One rebuild per project at a time; the studio polls its progress. Lives as long as the server process. */
const rebuilds = new Map<number, RebuildStatus>();

export function rebuildStatus(db: Db, projectId: number): RebuildStatus {
  getProject(db, projectId);
  return rebuilds.get(projectId) ?? { state: "idle", done: 0, total: 0 };
}

/**
 * Rebuilds the project's graph. The offline scorer finishes before this returns; a teacher judge runs
 * in the background, one target function per request, reporting progress.
 */
export function startGraphRebuild(db: Db, projectId: number, input: RebuildSettings, teacher: () => Teacher): RebuildStatus {
  const settings = rebuildSettings.parse(input);
  if (rebuilds.get(projectId)?.state === "running") return rebuildStatus(db, projectId);
  if (settings.judge === "offline") {
    const result = rebuildGraph(db, projectId, settings);
    const status: RebuildStatus = { state: "done", done: result.functions, total: result.functions, judge: "offline", result };
    rebuilds.set(projectId, status);
    return status;
  }
  const functions = listFunctions(db, projectId);
  const status: RebuildStatus = { state: "running", done: 0, total: functions.length, judge: "teacher" };
  rebuilds.set(projectId, status);
  const judge = createTeacherJudge(teacher());
  buildGraphWithJudge(functions, {
    judge,
    candidates: settings.candidates,
    random: createRandom(settings.seed),
    concurrency: settings.concurrency,
    origin: "teacher",
    onProgress: ({ done, total }) => rebuilds.set(projectId, { ...status, done, total }),
  })
    .then((built) => {
      const result = replaceBuiltEdges(db, projectId, built, { candidates: settings.candidates, seed: settings.seed, judge: "teacher" });
      rebuilds.set(projectId, { ...status, state: "done", done: functions.length, result });
    })
    .catch((error: unknown) => rebuilds.set(projectId, { ...status, state: "failed", error: error instanceof Error ? error.message : String(error) }));
  return status;
}
