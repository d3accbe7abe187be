import type { z } from "zod";
import type { Db } from "../../db/client";
import { createJavaScriptExecutor } from "../executors/javascript-executor";
import { builtinToolkits } from "../executors/toolkits";
import { Conflict, InvalidInput } from "../pipeline/errors";
import type { Teacher } from "../pipeline/teacher";
import { cancelStoredRun, failedItemId, failedItemIds, planStudioRun, requeueItems, storedRun, type StoredRun } from "../services/run-control";
import { setRunStatus } from "../services/runs";
import { choiceForRecordedTeacher } from "../services/teacher-profiles";
import { createTeacher, type ConfiguredTeacher } from "../teacher/create-teacher";
import type { TeacherChoice } from "../teacher/teacher-choice";
import { liveRuns, type LiveRun } from "./live-runs";
import { runItemInput, runResumeInput, runStartInput, type RunResumeInput, type RunStartInput } from "./run-settings";
import { describeRun, type RunView } from "./run-view";
import { openSynthesisRun, processSynthesisRun, type OpenedRun, type ProcessOptions, type SynthesisJob } from "./synthesis-job";

/**
 * Studio runs in the background of the server process: start, pause, resume, cancel and retry, one
 * AbortController per live run. Everything a run does is stored as it happens, so the database, not
 * this process, is the truth about a run; this module only knows which runs it is working on.
 */

/** Builds the teacher a run asked for; the router passes the context's, tests a controllable one. */
export type TeacherResolver = (choice: TeacherChoice) => ConfiguredTeacher;

/** Passes the run's stop signal to every request, so a pause does not wait for the requests in flight. */
function stoppable(teacher: Teacher, stop: AbortSignal): Teacher {
  return {
    backend: teacher.backend,
    model: teacher.model,
    complete: (request, signal) => teacher.complete(request, signal ? AbortSignal.any([signal, stop]) : stop),
    ...(teacher.forget ? { forget: (request) => teacher.forget?.(request) ?? Promise.resolve() } : {}),
  };
}

type JobSpec = Omit<SynthesisJob, "signal" | "onProgress">;

function launch(db: Db, job: JobSpec, opened: OpenedRun, options: ProcessOptions): void {
  const controller = new AbortController();
  const entry: LiveRun = { controller, stop: null, startedAt: Date.now(), settled: Promise.resolve() };
  const registry = liveRuns(db);
  registry.set(opened.runId, entry);
  const teacher = { ...job.teacher, teacher: stoppable(job.teacher.teacher, controller.signal) };
  entry.settled = processSynthesisRun(db, { ...job, teacher, signal: controller.signal }, opened, options)
    .then(() => {
      if (entry.stop === "cancel") cancelStoredRun(db, opened.runId);
    })
    .catch((error: unknown) => {
      // Item failures are stored with the item; this is the run itself breaking (e.g. the database).
      console.error(`run ${opened.runId} stopped:`, error instanceof Error ? error.message : error);
      setRunStatus(db, opened.runId, entry.stop === "cancel" ? "cancelled" : "failed");
    })
    .finally(() => registry.delete(opened.runId));
}

const studioExecutors = () => [createJavaScriptExecutor(builtinToolkits)];

/** Starts a run over the chosen paths in the background; answers with its id at once. Bad input stores nothing. */
export function startRun(db: Db, input: RunStartInput, resolve: TeacherResolver): { runId: number } {
  const settings = runStartInput.parse(input);
  const plan = planStudioRun(db, settings);
  const teacher = resolve(settings.teacher);
  const job: JobSpec = {
    ...plan,
    teacher,
    executors: studioExecutors(),
    seed: settings.seed,
    negatives: settings.negatives,
    judge: settings.judge,
    roundTrip: settings.roundTrip,
    concurrency: settings.concurrency,
  };
  const opened = openSynthesisRun(db, job);
  launch(db, job, opened, {});
  return { runId: opened.runId };
}

/** The teacher that made a stored run: the same profile (unchanged), the offline one, or the environment's for a CLI run. */
function recordedTeacher(db: Db, run: StoredRun, resolve: TeacherResolver): ConfiguredTeacher {
  const recorded = run.config.teacher;
  const choice = choiceForRecordedTeacher(recorded);
  const teacher = choice === "environment" ? createTeacher("openai", db) : resolve(choice);
  const now = teacher.info;
  if (now.backend !== recorded.backend || now.model !== recorded.model || now.baseURL !== recorded.baseURL) {
    const describe = (t: { model: string; baseURL?: string }) => `${t.model}${t.baseURL ? ` at ${t.baseURL}` : ""}`;
    throw new InvalidInput(`the run was made with ${describe(recorded)}, but its teacher is now ${describe(now)}: set it back, or start a new run`, { field: "teacher" });
  }
  return teacher;
}

/** Refuses to touch a run that is running here or, by the look of it, in another process. */
function refuseBusy(db: Db, runId: number): RunView {
  const view = describeRun(db, runId);
  if (view.live) throw new Conflict(`run ${runId} is running`, view);
  if (view.state === "running-elsewhere") throw new Conflict(`run ${runId} is making progress in another process (e.g. the CLI); stop it there first`, view);
  if (view.state === "cancelled") throw new Conflict(`run ${runId} was cancelled; start a new run instead`, view);
  return view;
}

function jobFor(db: Db, run: StoredRun, concurrency: number, resolve: TeacherResolver): JobSpec {
  return {
    name: run.name,
    ...(run.projectId === null ? {} : { projectId: run.projectId }),
    functions: run.config.functions,
    paths: run.paths,
    teacher: recordedTeacher(db, run, resolve),
    executors: studioExecutors(),
    seed: run.config.seed,
    negatives: run.config.negatives,
    judge: run.config.judge,
    roundTrip: run.config.roundTrip,
    judged: run.config.judged,
    concurrency,
  };
}

/** Goes on with a paused or interrupted run (or one stopped in the CLI), failed items included, as `magnet synth` does on a rerun. */
export function resumeRun(db: Db, input: RunResumeInput, resolve: TeacherResolver): RunView {
  const { runId, concurrency } = runResumeInput.parse(input);
  const view = refuseBusy(db, runId);
  if (view.pending === 0 && view.failed === 0) throw new Conflict(`run ${runId} has nothing left to do`, view);
  const run = storedRun(db, runId);
  const job = jobFor(db, run, concurrency, resolve);
  launch(db, job, openSynthesisRun(db, job), { retryFailed: true });
  return describeRun(db, runId);
}

function retry(db: Db, runId: number, itemIds: number[], resolve: TeacherResolver): RunView {
  const job = jobFor(db, storedRun(db, runId), 4, resolve);
  const opened = openSynthesisRun(db, job);
  requeueItems(db, runId, itemIds);
  launch(db, job, opened, { retryFailed: false, itemIds });
  return describeRun(db, runId);
}

/** Tries one failed path again; the run's other pending items stay where they are. */
export function retryItem(db: Db, input: z.input<typeof runItemInput>, resolve: TeacherResolver): RunView {
  const { runId, pathId } = runItemInput.parse(input);
  refuseBusy(db, runId);
  return retry(db, runId, [failedItemId(db, runId, pathId)], resolve);
}

export function retryFailed(db: Db, runId: number, resolve: TeacherResolver): RunView {
  const view = refuseBusy(db, runId);
  const ids = failedItemIds(db, runId);
  if (ids.length === 0) throw new Conflict(`run ${runId} has no failed items`, view);
  return retry(db, runId, ids, resolve);
}

/** Stops a run of this process after the items in flight; what is done stays, the rest waits for a resume. */
export function pauseRun(db: Db, runId: number): RunView {
  const live = liveRuns(db).get(runId);
  if (!live) throw new Conflict(`run ${runId} is not running in this studio`, describeRun(db, runId));
  live.stop ??= "pause";
  live.controller.abort();
  return describeRun(db, runId);
}

/** Stops a run for good: a live one after the items in flight, a paused or interrupted one at once. */
export function cancelRun(db: Db, runId: number): RunView {
  const live = liveRuns(db).get(runId);
  if (live) {
    live.stop = "cancel";
    live.controller.abort();
    return describeRun(db, runId);
  }
  const view = refuseBusy(db, runId);
  if (view.state === "done" || view.state === "failed") throw new Conflict(`run ${runId} has finished; there is nothing to cancel`, view);
  cancelStoredRun(db, runId);
  return describeRun(db, runId);
}

/** Resolves when the run stops working in this process (at once if it is not live): for tests and shutdown. */
export function runSettled(db: Db, runId: number): Promise<void> {
  return liveRuns(db).get(runId)?.settled ?? Promise.resolve();
}
