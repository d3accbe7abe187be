import type { Db } from "../../db/client";
import { InvalidInput } from "../pipeline/errors";
import type { Teacher } from "../pipeline/teacher";
import type { Pricing } from "../jobs/metered-teacher";
import { withCache } from "./cached-teacher";
import { createOfflineTeacher } from "./offline";
import { createOpenAITeacher } from "./openai-teacher";
import { profileFromEnv, type OpenAIProfile } from "./openai-profile";
import { createSqliteCacheStore } from "./sqlite-cache-store";

export const teacherKinds = ["offline", "openai"] as const;
export type TeacherKind = (typeof teacherKinds)[number];

/** What a run records about its teacher: never the key. `profileId` names the studio profile it came from, so the run can be resumed with it. */
export interface TeacherInfo {
  backend: string;
  model: string;
  baseURL?: string;
  profileId?: number;
}

export interface ConfiguredTeacher {
  teacher: Teacher;
  info: TeacherInfo;
  pricing?: Pricing;
}

export function createOfflineConfigured(): ConfiguredTeacher {
  // Deterministic and free: computing an answer again costs less than hashing and storing it.
  const teacher = createOfflineTeacher();
  return { teacher, info: { backend: teacher.backend, model: teacher.model } };
}

/**
 * An OpenAI-compatible teacher behind the SQLite answer cache, so a repeated or resumed run pays
 * nothing twice; the same for a profile from the environment (CLI) and one stored in the studio.
 */
export function configureOpenAITeacher(db: Db, profile: OpenAIProfile, profileId?: number): ConfiguredTeacher {
  const teacher = createOpenAITeacher(profile);
  return {
    teacher: withCache(teacher, createSqliteCacheStore(db)),
    info: { backend: teacher.backend, model: teacher.model, baseURL: profile.baseURL, ...(profileId === undefined ? {} : { profileId }) },
    ...(profile.pricing ? { pricing: profile.pricing } : {}),
  };
}

/** The teacher a CLI run uses: offline, or the OpenAI-compatible endpoint the environment names. */
export function createTeacher(kind: TeacherKind, db: Db, env: Record<string, string | undefined> = process.env): ConfiguredTeacher {
  if (kind === "offline") return createOfflineConfigured();
  try {
    return configureOpenAITeacher(db, profileFromEnv(env));
  } catch (error) {
    throw new InvalidInput(error instanceof Error ? error.message : String(error), { field: "teacher" });
  }
}
