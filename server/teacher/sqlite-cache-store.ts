import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { teacherCache } from "../../db/schema";
import type { TeacherCacheStore } from "./cached-teacher";

/** The persistent cache: one `teacher_cache` row per key, so a re-run or a resumed run pays nothing twice. */
export function createSqliteCacheStore(db: Db): TeacherCacheStore {
  return {
    async get(key) {
      const row = db.select().from(teacherCache).where(eq(teacherCache.key, key)).get();
      return row && { backend: row.backend, model: row.model, text: row.text, promptTokens: row.promptTokens, completionTokens: row.completionTokens };
    },
    async put(key, entry) {
      // Upsert: after forget() and a re-ask, or two processes racing on one key, the newest answer wins.
      db.insert(teacherCache).values({ key, ...entry }).onConflictDoUpdate({ target: teacherCache.key, set: entry }).run();
    },
    async delete(key) {
      db.delete(teacherCache).where(eq(teacherCache.key, key)).run();
    },
  };
}
