import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { createRandom } from "../random";
import { GraphIndex } from "./graph-index";
import { syntheticGraph } from "./synthetic-graph";
import { edge, graphOf } from "./test-graphs";

describe("GraphIndex", () => {
  const index = new GraphIndex(
    graphOf(
      ["a", "b", "c", "d"],
      [
        edge("a", "c", { weight: 0.2 }),
        edge("a", "b", { weight: 0.9, nested: true }),
        edge("a", "c", { weight: 0.7, nested: true }),
        edge("b", "b"),
        edge("c", "a"),
      ],
    ),
  );

  it("numbers nodes in graph order and rows by target", () => {
    expect(index.ids).toEqual(["a", "b", "c", "d"]);
    expect(index.position("c")).toBe(2);
    expect(index.position("q")).toBe(-1);
    expect(index.outNeighbours("a")).toEqual(["b", "c"]);
    expect(index.outNeighbours("d")).toEqual([]);
    expect(index.outNeighbours("q")).toEqual([]);
    expect([...index.outStart]).toEqual([0, 2, 2, 3, 3]);
  });

  it("collapses parallel edges (largest weight, nested if any is) and drops self-loops", () => {
    expect(index.edgeCount).toBe(3);
    const ac = index.edge("a", "c");
    expect(index.edgeWeight[ac]).toBe(0.7);
    expect(index.isNested("a", "c")).toBe(true);
    expect(index.hasEdge("b", "b")).toBe(false);
  });

  it("answers edge and nested lookups both ways", () => {
    expect(index.hasEdge("c", "a")).toBe(true);
    expect(index.hasEdge("a", "d")).toBe(false);
    expect(index.hasEdge("q", "a")).toBe(false);
    expect(index.isNested("c", "a")).toBe(false);
    expect(index.nestedNeighbours("a")).toEqual(["b", "c"]);
    expect(index.nestedNeighbours("c")).toEqual([]);
    const e = index.edge("c", "a");
    expect([index.edgeSource[e], index.edgeTarget[e]]).toEqual([2, 0]);
  });

  it("names the field of a duplicate node or a dangling edge", () => {
    expect(() => new GraphIndex(graphOf(["a", "a"], []))).toThrow(new InvalidInput('duplicate node id "a"', { field: "nodes[1].id" }));
    expect(() => new GraphIndex(graphOf(["a"], [edge("a", "z")]))).toThrow(
      expect.objectContaining({ location: { field: "edges[0].target" } }),
    );
    expect(() => new GraphIndex(graphOf(["a"], [edge("z", "a")]))).toThrow(
      expect.objectContaining({ location: { field: "edges[0].source" } }),
    );
  });

  it("agrees with the edge list on random graphs", () => {
    for (let seed = 0; seed < 30; seed++) {
      const random = createRandom(seed);
      const graph = syntheticGraph(random, { nodes: 1 + random.int(60), outDegree: random.int(8), skew: 1 + random.int(3) });
      const index = new GraphIndex(graph);
      const pairs = new Set(graph.edges.map((e) => `${e.source}->${e.target}`));
      expect(index.edgeCount).toBe(pairs.size);
      for (const e of graph.edges) {
        expect(index.hasEdge(e.source, e.target)).toBe(true);
        expect(index.isNested(e.source, e.target)).toBe(e.nested);
      }
      for (let k = 0; k < 200; k++) {
        const u = random.pick(index.ids);
        const v = random.pick(index.ids);
        expect(index.hasEdge(u, v)).toBe(pairs.has(`${u}->${v}`));
      }
      for (let p = 0; p < index.nodeCount; p++) {
        const row = index.edgeTarget.slice(index.outStart[p], index.outStart[p + 1]);
        expect([...row]).toEqual([...row].sort((x, y) => x - y));
      }
    }
  });
});
