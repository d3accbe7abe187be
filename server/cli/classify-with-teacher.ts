import { classifyFunctions } from "../pipeline/classification";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import { createTeacher, type TeacherKind } from "../teacher/create-teacher";
import { openStudioDatabase } from "./open-db";
import { report } from "./report";

/** `--classify`: the teacher labels the functions whose source named no category. */
export async function classifyWithTeacher(functions: FunctionSpec[], kind: TeacherKind): Promise<FunctionSpec[]> {
  const database = openStudioDatabase();
  try {
    const { teacher } = createTeacher(kind, database.db);
    const classified = await classifyFunctions(functions, teacher, {
      concurrency: 8,
      onProgress: (done, total) => {
        if (done === total || done % 50 === 0) report(`classified ${done}/${total} functions`);
      },
    });
    const changed = classified.filter((f, i) => f.category !== functions[i]?.category).length;
    report(`${changed} functions got a category from the teacher`);
    return classified;
  } finally {
    database.close();
  }
}
