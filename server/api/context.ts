import type { Db } from "../../db/client";
import type { Teacher } from "../pipeline/teacher";
import { createTeacher, type TeacherKind } from "../teacher/create-teacher";

/** What every procedure needs, whatever the transport: tests build it from a temporary database. */
export interface InnerContext {
  db: Db;
  /** The teacher of a kind; the OpenAI-compatible one is configured on the server and its key never leaves it. */
  teacher: (kind: TeacherKind) => Teacher;
}

export function createInnerContext(db: Db, teacher?: InnerContext["teacher"]): InnerContext {
  return { db, teacher: teacher ?? ((kind) => createTeacher(kind, db).teacher) };
}
