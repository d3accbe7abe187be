import type { Db } from "../../db/client";
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
}

export function createInnerContext(db: Db, teacher?: InnerContext["teacher"], teacherFor?: InnerContext["teacherFor"]): InnerContext {
  return {
    db,
    teacher: teacher ?? ((kind) => createTeacher(kind, db).teacher),
    teacherFor: teacherFor ?? ((choice) => configuredTeacherFor(db, choice)),
  };
}
