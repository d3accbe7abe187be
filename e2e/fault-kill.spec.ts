import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { freePort, startStudio, type StudioProcess } from "../test/faults/studio-process";
import { trpcMutation, trpcQuery } from "./trpc";

/**
 * Issue 7 fault suite, part 3: the studio server is killed with SIGKILL in the middle of a run (no
 * shutdown, as a crash or the OOM killer would) and started again on the same database. The run must
 * show as interrupted, resume when the user presses Resume, and end exactly as an uninterrupted run of
 * the same paths ends: nothing lost, nothing twice, and nothing finished before the kill redone.
 * API only, against a `next start` of our own (its own port and database), not the shared webServer.
 */

const PATHS = 200;
/** Killed once this many items are done: well into the run, well before its end. */
const KILL_AFTER = 12;

const progress = z.object({ runId: z.number(), status: z.string(), state: z.string(), total: z.number(), done: z.number(), failed: z.number(), pending: z.number() });
type Progress = z.infer<typeof progress>;

async function demoProjectId(api: APIRequestContext): Promise<number> {
  const projects = await trpcQuery(api, "projects.list", undefined, z.array(z.object({ id: z.number(), name: z.string() })));
  const demo = projects.find((p) => p.name === "Demo: travel assistant");
  if (!demo) throw new Error("the demo project is missing");
  return demo.id;
}

/** Polls the run until `done` says so; a deadline instead of a fixed sleep. */
async function pollRun(api: APIRequestContext, runId: number, until: (p: Progress) => boolean, what: string, timeoutMs: number): Promise<Progress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await trpcQuery(api, "runs.progress", { runId }, progress);
    if (until(now)) return now;
    if (Date.now() > deadline) throw new Error(`run ${runId}: ${what} did not happen within ${timeoutMs} ms; last ${JSON.stringify(now)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface StoredItem {
  id: number;
  position: number;
  path_id: string;
  status: string;
  result: string | null;
  attempts: number;
  updated_at: string;
}
interface StoredTrajectory {
  id: number;
  item_id: number;
  trajectory_id: string;
  seq: number;
}

/** The run's rows straight from the SQLite file (the server is down, or only reading). */
function storedRun(database: string, runId: number): { items: StoredItem[]; trajectories: StoredTrajectory[] } {
  const sqlite = new Database(database, { fileMustExist: true });
  try {
    return {
      // run_items.updatedAt lives in the column the schema names created_at.
      items: sqlite.prepare("select id, position, path_id, status, result, attempts, created_at as updated_at from run_items where run_id = ? order by position").all(runId) as StoredItem[],
      trajectories: sqlite.prepare("select id, item_id, trajectory_id, seq from trajectories where run_id = ? order by id").all(runId) as StoredTrajectory[],
    };
  } finally {
    sqlite.close();
  }
}

const finished = (p: Progress) => p.status !== "running" && p.status !== "paused" && p.pending === 0 && p.state !== "running";

test("a studio killed with SIGKILL mid-run resumes the run on restart with nothing lost or done twice", async ({ playwright }) => {
  test.setTimeout(300_000);
  mkdirSync(".tmp", { recursive: true });
  const dir = mkdtempSync(path.resolve(".tmp/fault-kill-"));
  const database = path.join(dir, "studio.db");
  const port = await freePort(3310);
  let studio: StudioProcess | undefined;
  const contexts: APIRequestContext[] = [];
  const connect = async (url: string) => {
    const api = await playwright.request.newContext({ baseURL: url });
    contexts.push(api);
    return api;
  };
  try {
    studio = await startStudio(port, database);
    let api = await connect(studio.url);
    const projectId = await demoProjectId(api);
    // Enough paths that an offline run lasts several seconds: sampled through the API as a user would.
    await trpcMutation(api, "paths.sample", { projectId, settings: { walks: PATHS, seed: 11 } }, z.unknown());
    const pathIds = (await trpcQuery(api, "paths.list", { projectId }, z.array(z.object({ id: z.string() })))).map((p) => p.id).slice(0, PATHS);
    expect(pathIds.length).toBe(PATHS);
    const settings = { projectId, pathIds, seed: 3, concurrency: 1 };
    const { runId } = await trpcMutation(api, "runs.start", settings, z.object({ runId: z.number() }));

    const atKill = await pollRun(api, runId, (p) => p.done >= KILL_AFTER || finished(p), `${KILL_AFTER} items done`, 120_000);
    expect(atKill.done + atKill.failed, "the run ended before it could be killed: make it longer").toBeLessThan(PATHS);
    await studio.kill();
    const killedAt = Date.now();
    const beforeKill = storedRun(database, runId);
    const doneBefore = beforeKill.items.filter((item) => item.status === "done");
    expect(doneBefore.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(doneBefore.length).toBeLessThan(PATHS);

    studio = await startStudio(port, database);
    const readyAt = Date.now();
    api = await connect(studio.url);
    // The run's owner, the killed process, is gone: the restarted studio shows it as interrupted at once.
    const interrupted = await trpcQuery(api, "runs.progress", { runId }, progress);
    const interruptedAt = Date.now();
    expect(interrupted).toMatchObject({ status: "running", state: "interrupted", done: doneBefore.length });

    // The user presses Resume.
    await trpcMutation(api, "runs.resume", { runId, concurrency: 2 }, z.unknown());
    const resumedAt = Date.now();
    const end = await pollRun(api, runId, finished, "finishing after the resume", 180_000);
    const endedAt = Date.now();
    expect(end.done + end.failed).toBe(PATHS);

    const after = storedRun(database, runId);
    // No duplicate (run, item) rows, no trajectory stored twice.
    expect(new Set(after.items.map((item) => item.position)).size).toBe(PATHS);
    expect(new Set(after.items.map((item) => item.path_id)).size).toBe(PATHS);
    expect(after.items.map((item) => item.path_id)).toEqual(pathIds);
    expect(new Set(after.trajectories.map((t) => t.trajectory_id)).size).toBe(after.trajectories.length);
    // Items finished before the kill were not synthesized again: their rows and trajectories are untouched.
    const doneIds = new Set(doneBefore.map((item) => item.id));
    expect(after.items.filter((item) => doneIds.has(item.id))).toEqual(doneBefore);
    expect(after.trajectories.filter((t) => doneIds.has(t.item_id))).toEqual(beforeKill.trajectories.filter((t) => doneIds.has(t.item_id)));
    // Every finished item has its trajectories, and only those.
    const perItem = after.items.reduce((sum, item) => sum + (item.status === "done" ? (JSON.parse(item.result ?? "{}") as { trajectories: unknown[] }).trajectories.length : 0), 0);
    expect(after.trajectories.length).toBe(perItem);

    // Expected: the same paths and settings run straight through, on the same server.
    const { runId: straight } = await trpcMutation(api, "runs.start", settings, z.object({ runId: z.number() }));
    const reference = await pollRun(api, straight, finished, "the uninterrupted run finishing", 180_000);
    const expected = storedRun(database, straight);
    expect({ done: end.done, failed: end.failed }).toEqual({ done: reference.done, failed: reference.failed });
    expect(after.trajectories.length).toBe(expected.trajectories.length);
    const idsInOrder = (rows: StoredTrajectory[], items: StoredItem[]) => {
      const position = new Map(items.map((item) => [item.id, item.position]));
      return [...rows].sort((a, b) => (position.get(a.item_id) ?? 0) - (position.get(b.item_id) ?? 0) || a.seq - b.seq).map((t) => t.trajectory_id);
    };
    expect(idsInOrder(after.trajectories, after.items)).toEqual(idsInOrder(expected.trajectories, expected.items));

    console.log(
      `fault-kill: ${PATHS} paths; killed with ${doneBefore.length} items done (${beforeKill.trajectories.length} trajectories); ` +
        `restart ready in ${((readyAt - killedAt) / 1000).toFixed(1)} s, shown as interrupted ${((interruptedAt - killedAt) / 1000).toFixed(1)} s after the kill; ` +
        `resumed run finished in ${((endedAt - resumedAt) / 1000).toFixed(1)} s; total ${end.done} done + ${end.failed} failed, ` +
        `${after.trajectories.length} trajectories (uninterrupted run: ${expected.trajectories.length})`,
    );
  } catch (error) {
    if (studio) console.log(`studio output:\n${studio.output().slice(-4000)}`);
    throw error;
  } finally {
    await Promise.all(contexts.map((api) => api.dispose()));
    await studio?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
