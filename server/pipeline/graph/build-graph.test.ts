import { describe, expect, it } from "vitest";
import { syntheticCatalog } from "../../../bench/graph/synthetic-catalog";
import { InvalidInput } from "../errors";
import { createRandom } from "../random";
import type { FunctionSpec } from "../schemas/function-spec";
import { dependencyGraph, type DependencyGraph } from "../schemas/graph";
import { buildGraph, buildGraphWithJudge } from "./build-graph";
import { createOfflineJudge, offlineJudge } from "./offline-judge";
import { testCatalog } from "./test-catalog";
import type { EdgeJudge, JudgedEdge } from "./types";

const random = () => createRandom(7);

/** Neighbours of a function in either direction, heaviest first. */
function neighbours(graph: DependencyGraph, id: string): string[] {
  return graph.edges
    .filter((edge) => edge.source === id || edge.target === id)
    .sort((a, b) => b.weight - a.weight)
    .map((edge) => (edge.source === id ? edge.target : edge.source));
}

describe("buildGraph", () => {
  const graph = buildGraph(testCatalog, { random: random() });

  it("is a valid dependency graph with one node per function, in id order, and origin auto", () => {
    expect(dependencyGraph.parse(graph)).toEqual(graph);
    expect(graph.nodes.map((node) => node.id)).toEqual(testCatalog.map((spec) => spec.id).sort());
    expect(graph.nodes[0]).toMatchObject({ id: "book_flight", name: "book_flight", toolkit: "travel", category: "Travel" });
    expect(new Set(graph.edges.map((edge) => edge.origin))).toEqual(new Set(["auto"]));
  });

  it.each([
    ["get_airport_code", "find_flights", "exact_input"],
    ["search_flights", "book_flight", "partial_input"],
    ["file_exists", "download_file", "premise"],
    ["login", "post_message", "premise"],
    ["list_channels", "post_message", "exact_input"],
  ])("has %s → %s (%s)", (source, target, kind) => {
    expect(graph.edges.find((edge) => edge.source === source && edge.target === target)?.kind).toBe(kind);
  });

  it("ranks the functions a person would call next first", () => {
    expect(neighbours(graph, "find_flights").slice(0, 2).sort()).toEqual(["book_flight", "get_airport_code"]);
    expect(neighbours(graph, "post_message").slice(0, 2).sort()).toEqual(["list_channels", "login"]);
    expect(neighbours(graph, "download_file")[0]).toMatch(/^(listFiles|file_exists)$/);
  });

  it("links no unrelated toolkits and no function to itself", () => {
    expect(graph.edges.filter((edge) => edge.source === edge.target)).toEqual([]);
    expect(neighbours(graph, "get_weather")).toEqual([]);
    expect(neighbours(graph, "send_email")).toEqual([]);
  });

  it("drops edges lighter than minWeight", () => {
    const heavy = buildGraph(testCatalog, { random: random(), minWeight: 0.8 });
    expect(heavy.edges.length).toBeGreaterThan(0);
    expect(heavy.edges.length).toBeLessThan(graph.edges.length);
    expect(heavy.edges.every((edge) => edge.weight >= 0.8)).toBe(true);
  });

  it("is the same for the same seed and whatever the order of the functions", () => {
    const { functions } = syntheticCatalog(800, 5);
    const json = JSON.stringify(buildGraph(functions, { random: random() }));
    expect(JSON.stringify(buildGraph(functions, { random: random() }))).toBe(json);
    expect(JSON.stringify(buildGraph([...functions].reverse(), { random: random() }))).toBe(json);
  });

  it.each([
    ["no function", []],
    ["one function", testCatalog.slice(0, 1)],
  ])("gives no edges for %s", (_, functions) => {
    const small = buildGraph(functions, { random: random() });
    expect(small.nodes).toHaveLength(functions.length);
    expect(small.edges).toEqual([]);
  });

  it("rejects two functions with the same id", () => {
    expect(() => buildGraph([...testCatalog, testCatalog[0] as FunctionSpec], { random: random() })).toThrow(InvalidInput);
  });
});

describe("buildGraphWithJudge", () => {
  it("with the catalog's offline judge, gives buildGraph's edges", async () => {
    const { functions } = syntheticCatalog(300, 9);
    const judged = await buildGraphWithJudge(functions, { random: random(), judge: createOfflineJudge(functions), origin: "auto" });
    expect(judged).toEqual(buildGraph(functions, { random: random() }));
  });

  it("with the plain offline judge, finds the same dependencies", async () => {
    const judged = await buildGraphWithJudge(testCatalog, { random: random(), judge: offlineJudge, origin: "auto" });
    const pairs = (graph: DependencyGraph) => graph.edges.filter((edge) => edge.weight >= 0.8).map((edge) => `${edge.source}→${edge.target}:${edge.kind}`);
    expect(pairs(judged)).toEqual(pairs(buildGraph(testCatalog, { random: random() })));
  });

  /** A teacher stand-in: every target depends on its first candidate, with a reason. */
  const fakeTeacher = (calls: string[]): EdgeJudge => ({
    async judge(target, candidates) {
      calls.push(target.id);
      const first = candidates[0];
      if (first === undefined) return [];
      const edge: JudgedEdge = {
        source: first.id,
        target: target.id,
        kind: "exact_input",
        weight: 0.9,
        nested: false,
        evidence: { fields: [], terms: [], reason: `${first.name} comes first` },
      };
      return [edge];
    },
  });

  it("asks the judge once per function, stamps the origin and reports progress", async () => {
    const calls: string[] = [];
    const progress: number[] = [];
    const graph = await buildGraphWithJudge(testCatalog, {
      random: random(),
      candidates: 4,
      judge: fakeTeacher(calls),
      origin: "teacher",
      concurrency: 3,
      onProgress: ({ done, total }) => {
        expect(total).toBe(testCatalog.length);
        progress.push(done);
      },
    });
    expect(calls.sort()).toEqual(testCatalog.map((spec) => spec.id).sort());
    expect(progress).toEqual(testCatalog.map((_, index) => index + 1));
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const edge of graph.edges) {
      expect(edge).toMatchObject({ origin: "teacher", weight: 0.9, kind: "exact_input" });
      expect(edge.evidence.reason).toMatch(/comes first$/);
    }
  });

  it.each([
    ["a malformed edge", (target: FunctionSpec, candidate: FunctionSpec) => ({ source: candidate.id, target: target.id, kind: "depends", weight: 2 })],
    ["an edge to a function outside the candidate set", (target: FunctionSpec) => ({ source: "nowhere", target: target.id, kind: "premise", weight: 0.5, nested: false, evidence: { fields: [], terms: [] } })],
  ])("rejects %s from the judge", async (_, makeEdge) => {
    const judge: EdgeJudge = { judge: (target, candidates) => [makeEdge(target, candidates[0] as FunctionSpec) as JudgedEdge] };
    await expect(buildGraphWithJudge(testCatalog, { random: random(), judge, origin: "teacher" })).rejects.toThrow(InvalidInput);
  });
});
