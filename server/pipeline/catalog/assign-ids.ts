import type { FunctionSpec } from "../schemas/function-spec";

type Unnamed = Omit<FunctionSpec, "id">;

const fullName = (fn: Unnamed): string => `${fn.category}.${fn.toolkit}.${fn.name}`;
const tripleKey = (fn: Unnamed): string => JSON.stringify([fn.category, fn.toolkit, fn.name]);

/**
 * Distinct (category, toolkit, name) triples can still print alike ("a.b"+"c" and "a"+"b.c"): each gets
 * its rank among the triples that print the same, for numbering past category.toolkit.name.
 */
function ranks(functions: readonly Unnamed[]): { rank: number[]; size: number[] } {
  const groups = new Map<string, string[]>();
  for (const fn of functions) {
    const group = groups.get(fullName(fn)) ?? [];
    group.push(tripleKey(fn));
    groups.set(fullName(fn), group);
  }
  for (const group of groups.values()) group.sort();
  const groupOf = (fn: Unnamed): string[] => groups.get(fullName(fn)) ?? [];
  return {
    rank: functions.map((fn) => groupOf(fn).indexOf(tripleKey(fn))),
    size: functions.map((fn) => groupOf(fn).length),
  };
}

/**
 * Gives every function a unique id: its name when no other function (nor an existing id) uses it,
 * otherwise toolkit.name, then category.toolkit.name, then category.toolkit.name~n. All functions whose
 * candidate collides move up together, so ids depend only on the set of functions, never on order.
 */
export function assignIds(functions: readonly Unnamed[], existingIds: ReadonlySet<string> = new Set()): FunctionSpec[] {
  const { rank, size } = ranks(functions);
  const candidate = (fn: Unnamed, index: number, level: number): string => {
    if (level === 0) return fn.name;
    if (level === 1) return `${fn.toolkit}.${fn.name}`;
    if (level === 2) return fullName(fn);
    return `${fullName(fn)}~${(level - 3) * (size[index] ?? 1) + (rank[index] ?? 0) + 1}`;
  };
  const levels = functions.map(() => 0);
  for (;;) {
    const ids = functions.map((fn, index) => candidate(fn, index, levels[index] ?? 0));
    const count = new Map<string, number>();
    for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
    let moved = false;
    ids.forEach((id, index) => {
      if ((count.get(id) ?? 0) > 1 || existingIds.has(id)) {
        levels[index] = (levels[index] ?? 0) + 1;
        moved = true;
      }
    });
    if (!moved) return functions.map((fn, index) => ({ id: ids[index] ?? fn.name, ...fn }));
  }
}
