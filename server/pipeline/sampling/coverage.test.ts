import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { createRandom } from "../random";
import type { FunctionPath } from "../schemas/path";
import {
  coverageCounts,
  createCoverage,
  edgeCount,
  edgeKey,
  functionCount,
  recordPath,
  summarizeCoverage,
} from "./coverage";
import { GraphIndex } from "./graph-index";
import { sampleWalks, walkStrategies } from "./sample-walks";
import { syntheticGraph } from "./synthetic-graph";
import { edge, graphOf } from "./test-graphs";

/** Occurrences of each called function, and of each consecutive pair of calls that is a graph edge. */
function occurrences(index: GraphIndex, paths: readonly FunctionPath[]) {
  const functions = new Map<string, number>();
  const edges = new Map<string, number>();
  for (const path of paths) {
    const called = path.turns.flatMap((turn) => turn.functions);
    called.forEach((f, i) => {
      functions.set(f, (functions.get(f) ?? 0) + 1);
      const before = called[i - 1];
      if (before !== undefined && index.hasEdge(before, f)) edges.set(edgeKey(before, f), (edges.get(edgeKey(before, f)) ?? 0) + 1);
    });
  }
  return { functions: Object.fromEntries(functions), edges: Object.fromEntries(edges) };
}

describe("coverage", () => {
  const index = new GraphIndex(graphOf(["a", "b", "c", "d"], [edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("a", "d")]));

  it("counts each call and each consecutive call pair that is an edge, across turns of any kind", () => {
    const coverage = createCoverage(index);
    recordPath(coverage, {
      id: "p",
      turns: [
        { kind: "call", functions: ["a", "b"] },
        { kind: "miss_func", functions: [], withheld: { function: "c" } },
        { kind: "call", functions: ["c"] },
        { kind: "irrelevant", functions: [] },
        { kind: "call", functions: ["a"] },
      ],
      operations: [],
      initial: [],
    });
    expect(coverageCounts(coverage)).toEqual({ paths: 1, functions: { a: 2, b: 1, c: 1 }, edges: { "a->b": 1, "b->c": 1 } });
    expect(functionCount(coverage, "a")).toBe(2);
    expect(functionCount(coverage, "q")).toBe(0);
    expect(edgeCount(coverage, "b", "c")).toBe(1);
    expect(edgeCount(coverage, "c", "a")).toBe(0);
    expect(summarizeCoverage(coverage)).toEqual({
      paths: 1,
      functions: { covered: 3, total: 4, share: 0.75 },
      edges: { covered: 2, total: 4, share: 0.5 },
    });
  });

  it("refuses a path with a function outside the graph and records nothing of it", () => {
    const coverage = createCoverage(index);
    const path: FunctionPath = { id: "p9", turns: [{ kind: "call", functions: ["a", "q"] }], operations: [], initial: [] };
    expect(() => recordPath(coverage, path)).toThrow(new InvalidInput('path p9 calls "q", which is not in the graph'));
    expect(coverageCounts(coverage)).toEqual({ paths: 0, functions: {}, edges: {} });
  });

  it("equals the number of occurrences after sampling, for every strategy", () => {
    for (let seed = 0; seed < 20; seed++) {
      const random = createRandom(seed);
      const graph = new GraphIndex(syntheticGraph(random, { nodes: 2 + random.int(60), outDegree: 1 + random.int(5), skew: 2 }));
      for (const strategy of walkStrategies) {
        const coverage = createCoverage(graph);
        const paths = [
          ...sampleWalks(graph, { walks: 100, strategy, coverage, random: random.fork(strategy) }),
          ...sampleWalks(graph, { steps: 3, strategy, coverage, random: random.fork(`${strategy} again`) }),
        ];
        const counts = coverageCounts(coverage);
        expect(counts).toEqual({ paths: paths.length, ...occurrences(graph, paths) });
        // recordPath, the path-level way in, agrees with what sampling recorded on the fly.
        const replayed = createCoverage(graph);
        for (const path of paths) recordPath(replayed, path);
        expect(coverageCounts(replayed)).toEqual(counts);
      }
    }
  });

  it("saves to plain data and restores, ignoring what the graph no longer has", () => {
    const coverage = createCoverage(index);
    sampleWalks(index, { coverage, random: createRandom(1) });
    const saved = coverageCounts(coverage);
    expect(coverageCounts(createCoverage(index, saved))).toEqual(saved);
    const stale = { paths: 3, functions: { ...saved.functions, gone: 4 }, edges: { ...saved.edges, "gone->a": 2 } };
    expect(coverageCounts(createCoverage(index, stale))).toEqual({ ...saved, paths: 3 });
  });

  it("keeps ids that look like object members as plain keys", () => {
    const odd = new GraphIndex(graphOf(["constructor", "__proto__", "toString"], [edge("constructor", "__proto__")]));
    expect(coverageCounts(createCoverage(odd, { paths: 0, functions: {}, edges: {} })).functions).toEqual({});
    const coverage = createCoverage(odd);
    sampleWalks(odd, { from: ["constructor"], coverage, random: createRandom(1) });
    const saved = coverageCounts(coverage);
    expect(Object.keys(saved.functions)).toEqual(["constructor", "__proto__"]);
    expect(saved.edges["constructor->__proto__"]).toBe(1);
    expect(coverageCounts(createCoverage(odd, JSON.parse(JSON.stringify(saved)) as typeof saved))).toEqual(saved);
  });

  it("summarizes an empty graph as nothing covered", () => {
    expect(summarizeCoverage(createCoverage(new GraphIndex(graphOf([], []))))).toEqual({
      paths: 0,
      functions: { covered: 0, total: 0, share: 0 },
      edges: { covered: 0, total: 0, share: 0 },
    });
  });
});
