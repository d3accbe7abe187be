import type { Db } from "../../db/client";
import type { ScannedRecords } from "../exports/export-preview";

/** Selections remembered per database: a few, so switching between statuses or runs stays quick too. */
const KEPT = 4;

const caches = new WeakMap<Db, Map<string, { fingerprint: string; scanned: ScannedRecords }>>();

/**
 * The scan of a selection, read again only when the selection's content changed (its fingerprint):
 * a live preview then costs the plan, not a pass over every stored trajectory, while only the
 * settings change.
 */
export function cachedScan(db: Db, key: string, fingerprint: string, scan: () => ScannedRecords): ScannedRecords {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  cache.delete(key);
  const scanned = hit?.fingerprint === fingerprint ? hit.scanned : scan();
  cache.set(key, { fingerprint, scanned });
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT) break;
    cache.delete(oldest);
  }
  return scanned;
}
