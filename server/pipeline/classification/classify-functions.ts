import { askTeacher } from "../prompts";
import { MISC_CATEGORY, type FunctionSpec } from "../schemas/function-spec";
import type { Teacher } from "../teacher";

/** Domains offered when the catalog itself names too few (ToolBench's most common ones). */
export const DEFAULT_CATEGORIES = [
  "Communication",
  "Data",
  "Entertainment",
  "Files",
  "Finance",
  "Food",
  "Health",
  "Location",
  "Mathematics",
  "Media",
  "News",
  "Productivity",
  "Science",
  "Shopping",
  "Social",
  "Sports",
  "Travel",
  "Vehicle",
  "Weather",
] as const;

/**
 * MAGNET's domain classification: every function whose source gave no category (`misc`) is labelled
 * by the teacher with one of the catalog's categories (or the defaults); an answer outside the list is
 * asked again, and `misc` stays the fallback.
 */
export async function classifyFunctions(
  functions: readonly FunctionSpec[],
  teacher: Teacher,
  options: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<FunctionSpec[]> {
  const named = [...new Set(functions.map((f) => f.category).filter((c) => c !== MISC_CATEGORY))];
  const categories = [...new Set([...named, ...DEFAULT_CATEGORIES])].sort();
  const allowed = new Set([...categories, MISC_CATEGORY]);
  const result = [...functions];
  const todo = functions.flatMap((f, i) => (f.category === MISC_CATEGORY ? [i] : []));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < todo.length) {
      const position = todo[next++] ?? 0;
      const spec = functions[position];
      if (!spec) continue;
      const { value } = await askTeacher(
        teacher,
        { role: "classify_domain", function: spec, categories },
        { validate: (answer) => (allowed.has(answer.category) ? null : `${JSON.stringify(answer.category)} is not one of the categories`) },
      );
      result[position] = { ...spec, category: value.category };
      options.onProgress?.(++done, todo.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return result;
}
