import { joinPath, reject, type RecordAt } from "./location";

/**
 * Deepest nesting a record may have. JSON.parse reads any depth, but everything after it that walks a
 * record recursively (JSON.stringify of the stored original, schema walks, the studio's viewers) runs
 * out of stack somewhere past a few thousand levels; real catalogs stay under twenty.
 */
export const MAX_RECORD_DEPTH = 256;
/** Past this depth a message names the field by its first levels only: `a.b[0][0]…`. */
const NAMED_DEPTH = 8;

/**
 * Checks what JSON.parse lets through but nothing downstream can use: nesting deeper than
 * MAX_RECORD_DEPTH, and numbers too large for a double (`1e400` reads as Infinity and would be
 * stored as null). Iterative, so the check itself cannot overflow the stack.
 */
export function checkRecordValues(at: RecordAt, value: unknown, field = ""): void {
  const stack: Array<{ value: unknown; field: string; depth: number }> = [{ value, field, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const current = entry.value;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) reject(at, entry.field, "a number too large to represent (it reads as infinity)");
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (entry.depth >= MAX_RECORD_DEPTH) reject(at, entry.field, `values are nested deeper than ${MAX_RECORD_DEPTH} levels`);
    const members: Array<[string | number, unknown]> = Array.isArray(current) ? current.map((item, index) => [index, item]) : Object.entries(current);
    // Pushed in reverse so the first problem in document order is the one reported.
    for (let i = members.length - 1; i >= 0; i--) {
      const [key, member] = members[i] ?? ["", undefined];
      const field = entry.depth < NAMED_DEPTH ? joinPath(entry.field, key) : entry.field.endsWith("…") ? entry.field : `${entry.field}…`;
      stack.push({ value: member, field, depth: entry.depth + 1 });
    }
  }
}
