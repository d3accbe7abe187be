import { describe, expect, it } from "vitest";
import { syntheticCatalog } from "../../../bench/graph/synthetic-catalog";
import { createRandom } from "../random";
import { buildGraph } from "./build-graph";

describe("scale", () => {
  it("builds the graph of 5,000 synthetic functions in a few seconds", () => {
    const { functions } = syntheticCatalog(5000, 11);
    const started = performance.now();
    const graph = buildGraph(functions, { random: createRandom(1) });
    const seconds = (performance.now() - started) / 1000;
    expect(graph.nodes).toHaveLength(5000);
    expect(graph.edges.length / graph.nodes.length).toBeLessThan(15);
    // Typically about one second; the bound leaves room for a busy machine.
    expect(seconds).toBeLessThan(8);
  });
});
