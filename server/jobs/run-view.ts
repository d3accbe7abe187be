import { desc, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { runs } from "../../db/schema";
import { runActivity } from "../services/run-control";
import { runConfig, runProgress, type RunProgress } from "../services/runs";
import { liveRuns, type LiveRun } from "./live-runs";
import { ownerAlive, thisProcess } from "../services/process-owner";

/** Pace over the last half minute: recent enough to follow a change, long enough to smooth single items. */
const RATE_WINDOW_MS = 30_000;
/** A run marked running that no process has touched for this long is taken for interrupted. */
const STALE_MS = 60_000;

/**
 * What the studio shows of a run. `state` tells apart what the stored status cannot: a run this
 * process is stopping, one another process (the CLI) is working on, and one whose process died.
 */
export const runStates = ["running", "pausing", "cancelling", "running-elsewhere", "interrupted", "paused", "done", "failed", "cancelled"] as const;
export type RunState = (typeof runStates)[number];

export interface RunView extends RunProgress {
  state: RunState;
  /** Running in this server process, so it can be paused and cancelled from here. */
  live: boolean;
  /** Items finished per second over the recent window; 0 when nothing is working on the run. */
  rate: number;
  etaSeconds: number | null;
  projectId: number | null;
  createdAt: string;
  lastActivityAt: string;
  settings: { teacher: { backend: string; model: string }; seed: number; negatives: string[]; judge: boolean; roundTrip: boolean };
}

const summary = runConfig.pick({ teacher: true, seed: true, negatives: true, judge: true, roundTrip: true });
const setting = (key: keyof z.infer<typeof summary>) => sql`${key}, json(${runs.config} -> ${`$.${key}`})`;
const summaryColumn = sql<string>`json_object(${sql.join([setting("teacher"), setting("seed"), setting("negatives"), setting("judge"), setting("roundTrip")], sql`, `)})`;

function stateOf(progress: RunProgress, live: LiveRun | undefined, owner: string | null, lastActivityAt: string, now: number): RunState {
  if (live) return live.stop === "pause" ? "pausing" : live.stop === "cancel" ? "cancelling" : "running";
  if (progress.status !== "running") return progress.status;
  // A process of this machine that is gone (a killed studio, a CLI stopped by Ctrl-C) interrupted the run now,
  // not a minute from now; another machine's process can only be judged by the run's activity.
  const alive = owner === thisProcess() ? false : ownerAlive(owner);
  if (alive === false) return "interrupted";
  return alive === true || now - Date.parse(lastActivityAt) < STALE_MS ? "running-elsewhere" : "interrupted";
}

export function describeRun(db: Db, runId: number, now: number = Date.now()): RunView {
  const progress = runProgress(db, runId);
  // Only the few settings a card shows: the config also holds every function spec, too much to parse twice a second.
  const row = db.select({ settings: summaryColumn, projectId: runs.projectId, createdAt: runs.createdAt, owner: runs.owner }).from(runs).where(eq(runs.id, runId)).get();
  const settings = summary.parse(JSON.parse(row?.settings ?? "{}"));
  const live = liveRuns(db).get(runId);
  // The window starts no earlier than this session (or the run) began, so a fresh run's pace is not
  // diluted; SQLite's clock rounds the run's creation time, hence the second of slack.
  const began = live?.startedAt ?? (Date.parse(row?.createdAt ?? "") || 0) - 1000;
  const since = Math.max(now - RATE_WINDOW_MS, began);
  const activity = runActivity(db, runId, new Date(since));
  const state = stateOf(progress, live, row?.owner ?? null, activity.lastActivityAt, now);
  const moving = state === "running" || state === "pausing" || state === "cancelling" || state === "running-elsewhere";
  const rate = moving ? activity.finishedSince / Math.max(1, (now - since) / 1000) : 0;
  const remaining = progress.total - progress.done - progress.failed;
  return {
    ...progress,
    state,
    live: live !== undefined,
    rate,
    etaSeconds: rate > 0 ? remaining / rate : null,
    projectId: row?.projectId ?? null,
    createdAt: activity.createdAt,
    lastActivityAt: activity.lastActivityAt,
    settings: { teacher: { backend: settings.teacher.backend, model: settings.teacher.model }, seed: settings.seed, negatives: settings.negatives, judge: settings.judge, roundTrip: settings.roundTrip },
  };
}

/** A project's runs, newest first, whichever process made them; or the runs that belong to no project (CLI runs). */
export function listRunViews(db: Db, filter: { projectId: number } | { unassigned: true } | Record<string, never>): RunView[] {
  const where = "projectId" in filter ? eq(runs.projectId, filter.projectId) : "unassigned" in filter ? isNull(runs.projectId) : undefined;
  const now = Date.now();
  return db
    .select({ id: runs.id })
    .from(runs)
    .where(where)
    .orderBy(desc(runs.id))
    .all()
    .map((row) => describeRun(db, row.id, now));
}
