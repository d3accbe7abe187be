import type { Db } from "../../db/client";
import type { StudioAuth } from "../auth/studio-auth";
import { LOCAL_OWNER, type Viewer } from "../auth/viewer";
import type { Teacher } from "../pipeline/teacher";
import { configuredTeacherFor } from "../services/teacher-profiles";
import { createTeacher, type ConfiguredTeacher, type TeacherKind } from "../teacher/create-teacher";
import type { TeacherChoice } from "../teacher/teacher-choice";

/** What every procedure needs, whatever the transport: tests build it from a temporary database. */
export interface InnerContext {
  db: Db;
  /** The teacher of a kind; the OpenAI-compatible one is configured on the server and its key never leaves it. */
  teacher: (kind: TeacherKind) => Teacher;
  /** The teacher a studio run or preview chose: offline, or a stored profile (its key stays on the server). */
  teacherFor: (choice: TeacherChoice) => ConfiguredTeacher;
  /** Who is asking; null when accounts are on and nobody is signed in. */
  viewer: Viewer | null;
  /** The accounts library when accounts are on; null when the studio serves its local owner alone. */
  auth: StudioAuth | null;
  /** The code the first admin's setup must be given; null when none was configured. */
  setupCode: string | null;
}

export interface InnerContextOptions {
  teacher?: InnerContext["teacher"];
  teacherFor?: InnerContext["teacherFor"];
  /** Defaults to the local owner, as with accounts off. */
  viewer?: Viewer | null;
  auth?: StudioAuth | null;
  setupCode?: string | null;
}

export function createInnerContext(db: Db, options: InnerContextOptions = {}): InnerContext {
  return {
    db,
    teacher: options.teacher ?? ((kind) => createTeacher(kind, db).teacher),
    teacherFor: options.teacherFor ?? ((choice) => configuredTeacherFor(db, choice)),
    viewer: options.viewer === undefined ? LOCAL_OWNER : options.viewer,
    auth: options.auth ?? null,
    setupCode: options.setupCode ?? null,
  };
}
