import type { Db } from "../../db/client";
import { TeacherError, type Teacher } from "../pipeline/teacher";
import type { FunctionPath } from "../pipeline/schemas/path";
import type { TrajectoryResult } from "../pipeline/trajectories";
import { completeItem, failItem, recordUsage, retryFailedItems, runProgress, setRunStatus, unfinishedItems, type RunProgress } from "../services/runs";
import { runToolkits } from "../services/trajectory-store";
import { meteredTeacher, type Pricing } from "./metered-teacher";
import { progressEvent, type ProgressEvent } from "./progress";

/**
 * Lets the process answer other work (the studio's HTTP requests: progress, pause) between items. The
 * offline teacher and the simulated executors answer without any I/O, so without this a studio run
 * would hold the event loop until its last item: no progress shown, no pause, no page served.
 */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface ProcessRunOptions {
  teacher: Teacher;
  pricing?: Pricing;
  concurrency: number;
  /** Synthesizes one path with the given (metered) teacher. */
  synthesize: (path: FunctionPath, teacher: Teacher) => Promise<TrajectoryResult>;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  now?: () => number;
  /** Try failed items again first, as resuming does; default true. */
  retryFailed?: boolean;
  /** Only these items (a retry of one failure); default every pending item. */
  itemIds?: readonly number[];
}

/**
 * Works through a run's unfinished items with bounded concurrency. Each item's result (or failure,
 * with the teacher's raw text) is stored the moment it finishes, so a killed process loses at most
 * the items in flight, and those cost nothing again: their answered requests are in the teacher cache.
 */
export async function processRun(db: Db, runId: number, options: ProcessRunOptions): Promise<RunProgress> {
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  if (options.retryFailed ?? true) retryFailedItems(db, runId);
  const finishedAtStart = runProgress(db, runId).done;
  const only = options.itemIds && new Set(options.itemIds);
  const queue = unfinishedItems(db, runId).filter((item) => !only || only.has(item.itemId));
  const toolkits = runToolkits(db, runId);
  const report = () => options.onProgress?.(progressEvent(runProgress(db, runId), startedAt, finishedAtStart, now()));
  report();

  const worker = async () => {
    for (let item = queue.shift(); item !== undefined && !options.signal?.aborted; item = queue.shift()) {
      const metered = meteredTeacher(options.teacher, options.pricing);
      try {
        const result = await options.synthesize(item.path, metered.teacher);
        completeItem(db, runId, item.itemId, result.trajectories, result.filtered, metered.usage, toolkits);
      } catch (error) {
        // Stopped mid-item (pause, cancel): the item stays pending for a resume; its answered requests are cached, and paid for here.
        if (options.signal?.aborted) {
          recordUsage(db, runId, metered.usage);
          continue;
        }
        // One path's failure (a teacher that keeps failing, an unreachable tool) must not stop the others.
        if (error instanceof TeacherError) failItem(db, runId, item.itemId, `${error.code}: ${error.message}`, error.raw, metered.usage);
        else failItem(db, runId, item.itemId, error instanceof Error ? `${error.name}: ${error.message}` : String(error), undefined, metered.usage);
      }
      report();
      await yieldToEventLoop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  const final = runProgress(db, runId);
  // Items left pending (stopped, or outside `itemIds`) keep the run resumable.
  setRunStatus(db, runId, options.signal?.aborted || final.pending > 0 ? "paused" : final.failed > 0 ? "failed" : "done");
  return runProgress(db, runId);
}
