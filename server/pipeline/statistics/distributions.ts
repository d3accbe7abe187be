/** How many trajectories share a value of a filter column, as the database groups them. */
export interface Group<K> {
  key: K;
  count: number;
}

export interface NamedCount {
  name: string;
  trajectories: number;
}

/** Trajectories per number of turns, from 1 to the longest, gaps filled with 0. */
export function turnHistogram(groups: readonly Group<number>[]): { turns: number; trajectories: number }[] {
  const longest = groups.reduce((n, g) => Math.max(n, g.key), 0);
  const counts = new Map(groups.map((g) => [g.key, g.count]));
  return Array.from({ length: longest }, (_, i) => ({ turns: i + 1, trajectories: counts.get(i + 1) ?? 0 }));
}

/**
 * Trajectories per word of a word-list column (turn kinds, operations: `" call miss_func "`), each
 * trajectory counted once per word it has; most frequent first.
 */
export function wordCounts(groups: readonly Group<string>[]): NamedCount[] {
  const counts = new Map<string, number>();
  for (const { key, count } of groups) for (const word of new Set(key.split(" ").filter(Boolean))) counts.set(word, (counts.get(word) ?? 0) + count);
  return [...counts].map(([name, trajectories]) => ({ name, trajectories })).sort((a, b) => b.trajectories - a.trajectories || (a.name < b.name ? -1 : 1));
}

export interface GroupCount {
  /** A category or a toolkit. */
  group: string;
  functions: number;
  /** Trajectories whose path uses at least one function of the group. */
  trajectories: number;
}

/** Functions per group (category or toolkit) and the trajectories touching each; by functions, then name. */
export function groupCounts(functions: readonly { id: string; group: string }[], trajectoryPaths: readonly { functionIds: readonly string[]; trajectories: number }[]): GroupCount[] {
  const groupOf = new Map(functions.map((f) => [f.id, f.group]));
  const rows = new Map<string, GroupCount>();
  const row = (group: string) => {
    let found = rows.get(group);
    if (!found) rows.set(group, (found = { group, functions: 0, trajectories: 0 }));
    return found;
  };
  for (const f of functions) row(f.group).functions++;
  for (const path of trajectoryPaths) {
    const touched = new Set(path.functionIds.flatMap((id) => groupOf.get(id) ?? []));
    for (const group of touched) row(group).trajectories += path.trajectories;
  }
  return [...rows.values()].sort((a, b) => b.functions - a.functions || b.trajectories - a.trajectories || (a.group < b.group ? -1 : 1));
}

export interface AcceptanceRate {
  /** The negative's error type; positives are "none". */
  errorType: string;
  total: number;
  accepted: number;
  rejected: number;
  needsEdit: number;
  pending: number;
  /** Accepted among the reviewed ones (not pending); null before any review. */
  rate: number | null;
}

/** Review outcome per error type, from trajectory counts grouped by (error type, status); positives first, then by name. */
export function acceptanceByErrorType(groups: readonly Group<{ errorType: string | null; status: string }>[]): AcceptanceRate[] {
  const rows = new Map<string, AcceptanceRate>();
  for (const { key, count } of groups) {
    const errorType = key.errorType ?? "none";
    let row = rows.get(errorType);
    if (!row) rows.set(errorType, (row = { errorType, total: 0, accepted: 0, rejected: 0, needsEdit: 0, pending: 0, rate: null }));
    row.total += count;
    if (key.status === "accepted") row.accepted += count;
    else if (key.status === "rejected") row.rejected += count;
    else if (key.status === "needs-edit") row.needsEdit += count;
    else row.pending += count;
  }
  for (const row of rows.values()) {
    const reviewed = row.total - row.pending;
    row.rate = reviewed === 0 ? null : row.accepted / reviewed;
  }
  return [...rows.values()].sort((a, b) => (a.errorType === "none" ? -1 : b.errorType === "none" ? 1 : a.errorType < b.errorType ? -1 : 1));
}
