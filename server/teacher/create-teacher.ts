import type { Db } from "../../db/client";
import { InvalidInput } from "../pipeline/errors";
import type { Teacher } from "../pipeline/teacher";
import type { Pricing } from "../jobs/metered-teacher";
import { withCache } from "./cached-teacher";
import { createOfflineTeacher } from "./offline";
import { createOpenAITeacher } from "./openai-teacher";
import { profileFromEnv } from "./openai-profile";
import { createSqliteCacheStore } from "./sqlite-cache-store";

export const teacherKinds = ["offline", "openai"] as const;
export type TeacherKind = (typeof teacherKinds)[number];

export interface ConfiguredTeacher {
  teacher: Teacher;
  /** What a run records about its teacher: never the key. */
  info: { backend: string; model: string; baseURL?: string };
  pricing?: Pricing;
}

/** The teacher a run uses; LLM teachers sit behind the SQLite answer cache so a repeated or resumed run pays nothing twice. */
export function createTeacher(kind: TeacherKind, db: Db, env: Record<string, string | undefined> = process.env): ConfiguredTeacher {
  if (kind === "offline") {
    // Deterministic and free: computing an answer again costs less than hashing and storing it.
    const teacher = createOfflineTeacher();
    return { teacher, info: { backend: teacher.backend, model: teacher.model } };
  }
  const store = createSqliteCacheStore(db);
  try {
    const profile = profileFromEnv(env);
    const teacher = createOpenAITeacher(profile);
    return {
      teacher: withCache(teacher, store),
      info: { backend: teacher.backend, model: teacher.model, baseURL: profile.baseURL },
      ...(profile.pricing ? { pricing: profile.pricing } : {}),
    };
  } catch (error) {
    throw new InvalidInput(error instanceof Error ? error.message : String(error), { field: "teacher" });
  }
}
