import { InvalidInput } from "../errors";
import type { FunctionPath } from "../schemas/path";
import type { GraphIndex } from "./graph-index";

/**
 * How often each function and each edge of one graph index has been used by recorded paths.
 * Counts are typed arrays indexed by node / edge position so the coverage-biased walk reads them
 * without lookups. It is an accumulator: recordPath and sampleWalks add to it in place.
 */
export interface Coverage {
  readonly index: GraphIndex;
  readonly functionCounts: Uint32Array;
  readonly edgeCounts: Uint32Array;
  paths: number;
}

/** Coverage as plain data, keyed by function id and by `source->target`; only used entries appear. */
export interface CoverageCounts {
  paths: number;
  functions: Record<string, number>;
  edges: Record<string, number>;
}

export interface CoverageShare {
  covered: number;
  total: number;
  /** covered / total, 0 when there is nothing to cover. */
  share: number;
}

export interface CoverageSummary {
  paths: number;
  functions: CoverageShare;
  edges: CoverageShare;
}

export const edgeKey = (source: string, target: string): string => `${source}->${target}`;

// Function ids are spelled as their source spells them, so "constructor" or "__proto__" must read
// and write as plain keys, not as Object.prototype members.
const savedCount = (record: Record<string, number>, key: string): number => (Object.hasOwn(record, key) ? (record[key] ?? 0) : 0);
const emptyRecord = (): Record<string, number> => Object.create(null) as Record<string, number>;

/**
 * Fresh coverage for an index, optionally seeded with counts saved earlier (coverageCounts), so a
 * run can favour what earlier runs left under-covered. Saved entries for functions or edges the
 * graph no longer has are ignored: the graph may have been edited since.
 */
export function createCoverage(index: GraphIndex, saved?: CoverageCounts): Coverage {
  const coverage: Coverage = {
    index,
    functionCounts: new Uint32Array(index.nodeCount),
    edgeCounts: new Uint32Array(index.edgeCount),
    paths: saved?.paths ?? 0,
  };
  if (saved === undefined) return coverage;
  index.ids.forEach((id, p) => {
    coverage.functionCounts[p] = savedCount(saved.functions, id);
  });
  for (let e = 0; e < index.edgeCount; e++) {
    const key = edgeKey(index.ids[index.edgeSource[e] ?? 0] ?? "", index.ids[index.edgeTarget[e] ?? 0] ?? "");
    coverage.edgeCounts[e] = savedCount(saved.edges, key);
  }
  return coverage;
}

/** Adds one sampled walk given as node and edge positions (the allocation-free path used by sampleWalks). */
export function recordWalk(coverage: Coverage, nodes: Int32Array, edges: Int32Array, length: number): void {
  const { functionCounts, edgeCounts } = coverage;
  for (let i = 0; i < length; i++) {
    const p = nodes[i] ?? 0;
    functionCounts[p] = (functionCounts[p] ?? 0) + 1;
  }
  for (let i = 0; i < length - 1; i++) {
    const e = edges[i] ?? 0;
    edgeCounts[e] = (edgeCounts[e] ?? 0) + 1;
  }
  coverage.paths++;
}

/**
 * Adds one path. A function is used once per occurrence in a call turn; an edge u → v is used when
 * v is called right after u (next function of the same turn, or first of the next call turn) and
 * u → v is in the graph. Miss and irrelevant turns carry no calls, so they do not break a chain.
 * Throws InvalidInput (recording nothing) when the path calls a function the graph does not have.
 */
export function recordPath(coverage: Coverage, path: FunctionPath): void {
  const { index } = coverage;
  const called: number[] = [];
  for (const turn of path.turns) {
    for (const id of turn.functions) {
      const p = index.position(id);
      if (p < 0) throw new InvalidInput(`path ${path.id} calls ${JSON.stringify(id)}, which is not in the graph`);
      called.push(p);
    }
  }
  for (let i = 0; i < called.length; i++) {
    const v = called[i] ?? 0;
    coverage.functionCounts[v] = (coverage.functionCounts[v] ?? 0) + 1;
    if (i === 0) continue;
    const e = index.edgeAt(called[i - 1] ?? 0, v);
    if (e >= 0) coverage.edgeCounts[e] = (coverage.edgeCounts[e] ?? 0) + 1;
  }
  coverage.paths++;
}

export function functionCount(coverage: Coverage, id: string): number {
  const p = coverage.index.position(id);
  return p < 0 ? 0 : (coverage.functionCounts[p] ?? 0);
}

export function edgeCount(coverage: Coverage, source: string, target: string): number {
  const e = coverage.index.edge(source, target);
  return e < 0 ? 0 : (coverage.edgeCounts[e] ?? 0);
}

/** Plain data for storage or display; the inverse of createCoverage(index, saved). */
export function coverageCounts(coverage: Coverage): CoverageCounts {
  const { index } = coverage;
  const functions = emptyRecord();
  const edges = emptyRecord();
  coverage.functionCounts.forEach((count, p) => {
    if (count > 0) functions[index.ids[p] ?? ""] = count;
  });
  coverage.edgeCounts.forEach((count, e) => {
    if (count > 0) edges[edgeKey(index.ids[index.edgeSource[e] ?? 0] ?? "", index.ids[index.edgeTarget[e] ?? 0] ?? "")] = count;
  });
  return { paths: coverage.paths, functions, edges };
}

function share(counts: Uint32Array): CoverageShare {
  let covered = 0;
  for (const count of counts) if (count > 0) covered++;
  return { covered, total: counts.length, share: counts.length === 0 ? 0 : covered / counts.length };
}

export function summarizeCoverage(coverage: Coverage): CoverageSummary {
  return { paths: coverage.paths, functions: share(coverage.functionCounts), edges: share(coverage.edgeCounts) };
}
