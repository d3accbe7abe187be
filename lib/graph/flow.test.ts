import { describe, expect, it } from "vitest";
import { countDegrees } from "./degree";
import { parametersOf, toFlow } from "./flow";
import { layoutView, packPositions, unpackPositions } from "./layout-view";
import { pruneEdges } from "./prune";
import type { GraphEdge, GraphNode } from "./types";
import { buildView } from "./view";

const node = (id: string, toolkit = "tk"): GraphNode => ({ id, name: id.toUpperCase(), toolkit, category: "cat", required: ["q"] });
const edge = (source: string, target: string, weight: number, origin: GraphEdge["origin"] = "auto"): GraphEdge => ({
  source,
  target,
  kind: "exact_input",
  weight,
  nested: false,
  evidence: { fields: [], terms: [] },
  origin,
});

describe("pruneEdges", () => {
  // A complete digraph on 6 nodes: 30 edges.
  const ids = ["a", "b", "c", "d", "e", "f"];
  const all = ids.flatMap((s, i) => ids.filter((t) => t !== s).map((t, j) => edge(s, t, ((i * 7 + j * 3) % 10) / 10)));

  it("keeps everything under the budget", () => {
    expect(pruneEdges(all, 30)).toMatchObject({ hidden: 0, perNode: Infinity });
  });

  it("keeps each function's strongest edges, fewer per function until the budget holds", () => {
    const pruned = pruneEdges(all, 12);
    expect(pruned.edges.length).toBeLessThanOrEqual(12);
    expect(pruned.hidden).toBe(30 - pruned.edges.length);
    expect(pruned.perNode).toBe(1);
    for (const id of ids) {
      const heaviestOut = all.filter((e) => e.source === id).sort((x, y) => y.weight - x.weight)[0]!;
      expect(pruned.edges.some((e) => e.source === id && e.weight === heaviestOut.weight)).toBe(true);
    }
  });

  it("always keeps the edges it is told to", () => {
    const weak = edge("a", "b", 0.01, "annotator");
    const pruned = pruneEdges([...all.filter((e) => !(e.source === "a" && e.target === "b")), weak], 10, (e) => e.origin === "annotator");
    expect(pruned.edges).toContain(weak);
  });
});

describe("toFlow", () => {
  const nodes = [node("a"), node("b"), node("c", "other")];
  const edges = [edge("a", "b", 0.9), edge("b", "c", 0.4, "annotator")];

  it("gives React Flow the function ids and `source->target` edge ids, sized cards with handles", () => {
    const view = buildView({ nodes, edges }, { filters: {} });
    const flow = toFlow(view, layoutView(view), { degrees: countDegrees(edges) });
    expect(flow.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(flow.edges.map((e) => e.id)).toEqual(["a->b", "b->c"]);
    const b = flow.nodes[1]!;
    expect(b.type).toBe("function");
    expect(b.width).toBeGreaterThan(0);
    expect(b.handles?.map((h) => h.type)).toEqual(["target", "source"]);
    expect(b.type === "function" && b.data.degree).toEqual({ in: 1, out: 1 });
    expect(b.type === "function" && b.data.parameters).toEqual([{ name: "q", required: true }]);
    expect(flow.edges[1]!.data).toMatchObject({ origin: "annotator", weight: 0.4 });
  });

  it("draws clusters with `toolkit:NAME` ids", () => {
    const view = buildView({ nodes, edges }, { filters: {}, clustered: true });
    const flow = toFlow(view, layoutView(view), { degrees: countDegrees(edges) });
    expect(flow.nodes.map((n) => n.id)).toEqual(["toolkit:tk", "toolkit:other"]);
    expect(flow.edges.map((e) => e.id)).toEqual(["toolkit:tk->toolkit:other"]);
  });

  it("reuses packed positions only when they place every node", () => {
    const view = buildView({ nodes, edges }, { filters: {} });
    const packed = packPositions(layoutView(view));
    expect(unpackPositions(view, packed)?.size).toBe(3);
    expect(unpackPositions(view, packed.slice(1))).toBeUndefined();
  });
});

describe("parametersOf", () => {
  it("lists properties in order and marks the required ones", () => {
    expect(parametersOf({ properties: { a: {}, b: {} }, required: ["b", "c"] })).toEqual([
      { name: "a", required: false },
      { name: "b", required: true },
      { name: "c", required: true },
    ]);
  });
});
