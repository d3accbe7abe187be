import type { Db } from "../../db/client";

/** A run this process is working on, and how to stop it. */
export interface LiveRun {
  controller: AbortController;
  stop: "pause" | "cancel" | null;
  startedAt: number;
  /** Resolves when the work stops, whatever the outcome. */
  settled: Promise<void>;
}

declare global {
  // One registry per server process and database, even when Next bundles this module into several chunks.
  var magnetLiveRuns: WeakMap<Db, Map<number, LiveRun>> | undefined;
}

export function liveRuns(db: Db): Map<number, LiveRun> {
  globalThis.magnetLiveRuns ??= new WeakMap();
  let map = globalThis.magnetLiveRuns.get(db);
  if (!map) {
    map = new Map();
    globalThis.magnetLiveRuns.set(db, map);
  }
  return map;
}
