import type { Db } from "../../db/client";
import { bindExecutors, executorKindsFor } from "../executors/choose-executor";
import { createSession } from "../executors/session";
import type { Executor } from "../executors/types";
import { InvalidInput } from "../pipeline/errors";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { JudgedSample } from "../pipeline/schemas/judged-sample";
import type { FunctionPath } from "../pipeline/schemas/path";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { synthesizePath } from "../pipeline/synthesis";
import type { NegativeErrorType } from "../pipeline/teacher";
import { asCallable, toolNames } from "../pipeline/translation";
import { openRun, runFailures, runTrajectories, type RunProgress } from "../services/runs";
import type { ConfiguredTeacher } from "../teacher/create-teacher";
import { processRun } from "./process-run";
import type { ProgressEvent } from "./progress";

export interface SynthesisJob {
  name: string;
  functions: readonly FunctionSpec[];
  paths: readonly FunctionPath[];
  teacher: ConfiguredTeacher;
  executors: readonly Executor[];
  seed: number;
  negatives: readonly NegativeErrorType[];
  judge: boolean;
  roundTrip: boolean;
  concurrency: number;
  judged?: readonly JudgedSample[];
  projectId?: number;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export interface SynthesisJobResult {
  progress: RunProgress;
  resumed: boolean;
  trajectories: Trajectory[];
  failures: ReturnType<typeof runFailures>;
}

/** The functions the paths use: a run stores them so it can be resumed from the database alone. */
function usedFunctions(functions: readonly FunctionSpec[], paths: readonly FunctionPath[]): FunctionSpec[] {
  const used = new Set(paths.flatMap((p) => p.turns.flatMap((t) => [...t.functions, ...(t.withheld ? [t.withheld.function] : [])])));
  const byId = new Map(functions.map((f) => [f.id, f]));
  for (const id of used) if (!byId.has(id)) throw new InvalidInput(`a path uses ${JSON.stringify(id)}, which the graph's functions do not include`, { field: "paths" });
  return functions.filter((f) => used.has(f.id));
}

export interface OpenedRun {
  runId: number;
  resumed: boolean;
  functions: FunctionSpec[];
}

/**
 * Opens the named run, or finds it for resuming (refusing a name reused with other settings or
 * paths). Synchronous, so a caller that must answer at once (the studio) learns the run id, or why
 * the run cannot start, before any work begins.
 */
export function openSynthesisRun(db: Db, job: SynthesisJob): OpenedRun {
  const functions = usedFunctions(job.functions, job.paths);
  const { runId, resumed } = openRun(db, {
    name: job.name,
    projectId: job.projectId,
    paths: [...job.paths],
    config: {
      teacher: job.teacher.info,
      seed: job.seed,
      negatives: [...job.negatives],
      judge: job.judge,
      roundTrip: job.roundTrip,
      functions,
      judged: [...(job.judged ?? [])],
    },
  });
  return { runId, resumed, functions };
}

export interface ProcessOptions {
  /** Try the run's failed items again first (what resuming does); default true. */
  retryFailed?: boolean;
  /** Work on these items only (a retry of one failure); default every pending item. */
  itemIds?: readonly number[];
}

/**
 * Synthesizes the opened run's unfinished paths. Each path runs in its own execution session seeded
 * by the path, so the result is the same whatever runs beside it.
 */
export async function processSynthesisRun(db: Db, job: SynthesisJob, opened: OpenedRun, options: ProcessOptions = {}): Promise<SynthesisJobResult> {
  const { runId, resumed, functions } = opened;
  const catalog = new Map(functions.map((f) => [f.id, f]));
  const names = toolNames(functions);
  const executorKinds = executorKindsFor(job.executors, functions.map((f) => asCallable(f, names.get(f.id) ?? f.name)));
  const progress = await processRun(db, runId, {
    teacher: job.teacher.teacher,
    pricing: job.teacher.pricing,
    concurrency: job.concurrency,
    onProgress: job.onProgress,
    signal: job.signal,
    retryFailed: options.retryFailed,
    itemIds: options.itemIds,
    synthesize: (path, teacher) =>
      synthesizePath(path, catalog, {
        teacher,
        execute: bindExecutors(job.executors, createSession(`${job.seed}:${path.id}`)),
        seed: job.seed,
        negatives: job.negatives,
        judge: job.judge,
        roundTrip: job.roundTrip,
        executorKinds,
        judged: job.judged,
      }),
  });
  return { progress, resumed, trajectories: runTrajectories(db, runId), failures: runFailures(db, runId) };
}

/** Opens (or resumes) the named run and synthesizes every unfinished path. */
export async function runSynthesisJob(db: Db, job: SynthesisJob): Promise<SynthesisJobResult> {
  return processSynthesisRun(db, job, openSynthesisRun(db, job));
}
