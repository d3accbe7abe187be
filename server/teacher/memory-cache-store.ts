import type { CachedEntry, TeacherCacheStore } from "./cached-teacher";

/** A process-local store for tests and one-off runs; `entries` is exposed so tests can inspect it. */
export function createMemoryCacheStore(): TeacherCacheStore & { readonly entries: ReadonlyMap<string, CachedEntry> } {
  const entries = new Map<string, CachedEntry>();
  return {
    entries,
    get: async (key) => entries.get(key),
    put: async (key, entry) => void entries.set(key, entry),
    delete: async (key) => void entries.delete(key),
  };
}
