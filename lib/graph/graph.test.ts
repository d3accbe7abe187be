import { describe, expect, it } from "vitest";
import { clusterGraph, clusterId } from "./cluster";
import { countDegrees, degreeOf } from "./degree";
import { filterGraph } from "./filter";
import { layoutGraph, layoutSkeleton } from "./layout";
import { buildAdjacency, kHopNeighbourhood, neighbourhoodTree } from "./neighbourhood";
import { searchFunctions } from "./search";
import { edgeStroke } from "./style";
import type { EdgeKind, GraphData, GraphEdge, GraphNode } from "./types";
import { buildView, viewRequestKey } from "./view";

const node = (id: string, toolkit: string, category = "travel"): GraphNode => ({ id, name: id, toolkit, category, required: [] });
const edge = (source: string, target: string, weight: number, kind: EdgeKind = "exact_input", origin: GraphEdge["origin"] = "auto"): GraphEdge => ({
  source,
  target,
  kind,
  weight,
  nested: false,
  evidence: { fields: [], terms: [] },
  origin,
});

/**
 *   city → airport → flights → book → pay      weather (no edges)
 *                       ↑
 *                    calendar (premise, 0.3)
 */
const small: GraphData = {
  nodes: [
    node("city", "geo", "maps"),
    node("airport", "flights"),
    node("flights", "flights"),
    node("book", "flights"),
    node("pay", "payments", "finance"),
    node("calendar", "calendar", "productivity"),
    node("weather", "weather", "maps"),
  ],
  edges: [
    edge("city", "airport", 0.9),
    edge("airport", "flights", 0.8),
    edge("flights", "book", 0.7, "partial_input"),
    edge("book", "pay", 0.6),
    edge("calendar", "flights", 0.3, "premise"),
  ],
};

describe("kHopNeighbourhood", () => {
  const adjacency = buildAdjacency(small.edges);

  it("follows edges both ways up to k hops", () => {
    const one = kHopNeighbourhood(adjacency, "flights", 1);
    expect([...one.distances.keys()].sort()).toEqual(["airport", "book", "calendar", "flights"]);
    const two = kHopNeighbourhood(adjacency, "flights", 2);
    expect(Object.fromEntries(two.distances)).toEqual({ flights: 0, airport: 1, book: 1, calendar: 1, city: 2, pay: 2 });
    expect(two.total).toBe(6);
    expect(two.truncated).toBe(false);
  });

  it("keeps the nearest, heaviest-linked functions when cut", () => {
    const cut = kHopNeighbourhood(adjacency, "flights", 2, 3);
    // flights itself, then airport (0.8) and book (0.7) before calendar (0.3).
    expect([...cut.distances.keys()]).toEqual(["flights", "airport", "book"]);
    expect(cut.total).toBe(6);
    expect(cut.truncated).toBe(true);
  });

  it("is the centre alone for an isolated function", () => {
    expect([...kHopNeighbourhood(adjacency, "weather", 3).distances]).toEqual([["weather", 0]]);
  });
});

describe("neighbourhoodTree", () => {
  it("hangs each function from a nearer one by its heaviest edge, in the edge's direction", () => {
    const { distances } = kHopNeighbourhood(buildAdjacency(small.edges), "flights", 2);
    const tree = neighbourhoodTree(distances, [...small.edges, edge("city", "flights", 0.1)]);
    expect(tree.map((e) => `${e.source}->${e.target}`).sort()).toEqual([
      "airport->flights",
      "book->pay",
      "calendar->flights",
      "city->airport",
      "flights->book",
    ]);
    const layout = layoutGraph(
      [...distances.keys()].map((id) => ({ id, width: 200, height: 100 })),
      tree,
      { maxInEdges: Infinity },
    );
    const x = (id: string) => layout.positions.get(id)!.x;
    expect(x("airport")).toBeLessThan(x("flights"));
    expect(x("calendar")).toBeLessThan(x("flights"));
    expect(x("book")).toBeGreaterThan(x("flights"));
  });
});

describe("filterGraph", () => {
  it("drops edges under the minimum weight or of another kind", () => {
    expect(filterGraph(small, { minWeight: 0.65 }).edges.map((e) => `${e.source}->${e.target}`)).toEqual([
      "city->airport",
      "airport->flights",
      "flights->book",
    ]);
    expect(filterGraph(small, { kind: "premise" }).edges.map((e) => e.source)).toEqual(["calendar"]);
    expect(filterGraph(small, { kind: "exact_input", minWeight: 0.85 }).edges).toHaveLength(1);
    expect(filterGraph(small, {}).nodes).toHaveLength(7);
  });

  it("keeps only a toolkit's or category's functions and the edges between them", () => {
    const flights = filterGraph(small, { toolkit: "flights" });
    expect(flights.nodes.map((n) => n.id)).toEqual(["airport", "flights", "book"]);
    expect(flights.edges.map((e) => `${e.source}->${e.target}`)).toEqual(["airport->flights", "flights->book"]);
    expect(filterGraph(small, { category: "maps" }).nodes.map((n) => n.id)).toEqual(["city", "weather"]);
    expect(filterGraph(small, { toolkit: "flights" }, new Set(["city"])).edges).toHaveLength(3);
  });
});

describe("countDegrees", () => {
  it("counts in and out edges per function", () => {
    const degrees = countDegrees(small.edges);
    expect(degreeOf(degrees, "flights")).toEqual({ in: 2, out: 1 });
    expect(degreeOf(degrees, "city")).toEqual({ in: 0, out: 1 });
    expect(degreeOf(degrees, "weather")).toEqual({ in: 0, out: 0 });
  });
});

describe("clusterGraph", () => {
  it("makes one cluster per toolkit with function and edge counts", () => {
    const view = clusterGraph(small.nodes, small.edges, "toolkit");
    expect(view.clusters.map((c) => [c.key, c.functions])).toEqual([
      ["flights", 3],
      ["calendar", 1],
      ["geo", 1],
      ["payments", 1],
      ["weather", 1],
    ]);
    const flights = view.clusters[0];
    expect(flights).toMatchObject({ id: "toolkit:flights", internalEdges: 2, inEdges: 2, outEdges: 1 });
    expect(view.edges.map((e) => `${e.id}:${e.count}`).sort()).toEqual([
      "toolkit:calendar->toolkit:flights:1",
      "toolkit:flights->toolkit:payments:1",
      "toolkit:geo->toolkit:flights:1",
    ]);
  });

  it("sums parallel edges between two clusters", () => {
    const view = clusterGraph(small.nodes, [...small.edges, edge("weather", "city", 0.5), edge("weather", "city", 0.7)], "category");
    const link = view.edges.find((e) => e.id === `${clusterId("category", "maps")}->${clusterId("category", "travel")}`);
    expect(link).toMatchObject({ count: 1, maxWeight: 0.9 });
    const maps = view.clusters.find((c) => c.key === "maps");
    expect(maps).toMatchObject({ functions: 2, toolkits: 2, internalEdges: 2 });
  });
});

describe("layoutGraph", () => {
  const size = { width: 200, height: 100 };

  it("gives every node its own box and ranks a chain left to right", () => {
    const layout = layoutGraph(
      small.nodes.map((n) => ({ id: n.id, ...size })),
      small.edges,
    );
    expect(layout.positions.size).toBe(7);
    const boxes = [...layout.positions.values()];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + size.width && b.x < a.x + size.width && a.y < b.y + size.height && b.y < a.y + size.height;
        expect(overlap, `boxes ${i} and ${j} overlap`).toBe(false);
      }
    }
    const x = (id: string) => layout.positions.get(id)!.x;
    expect(x("city")).toBeLessThan(x("airport"));
    expect(x("airport")).toBeLessThan(x("flights"));
    expect(x("flights")).toBeLessThan(x("book"));
    expect(x("book")).toBeLessThan(x("pay"));
    expect(x("calendar")).toBeLessThan(x("flights"));
  });

  it("is deterministic and packs islands into rows", () => {
    const islands = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, ...size }));
    const a = layoutGraph(islands, []);
    const b = layoutGraph(islands, []);
    expect([...a.positions]).toEqual([...b.positions]);
    expect(a.width).toBeGreaterThan(size.width * 4);
    expect(a.width / a.height).toBeGreaterThan(1);
    expect(a.width / a.height).toBeLessThan(4);
  });

  it("shapes the layout with the heaviest incoming edges only", () => {
    const nodes = ["a", "b", "c", "t"].map((id) => ({ id, ...size }));
    const skeleton = layoutSkeleton(nodes, [edge("a", "t", 0.2), edge("b", "t", 0.9), edge("c", "t", 0.5), edge("t", "t", 1)], 2);
    expect(skeleton.map((e) => e.source)).toEqual(["b", "c"]);
  });
});

describe("buildView", () => {
  const many: GraphData = {
    nodes: Array.from({ length: 30 }, (_, i) => node(`f${i}`, `tk${i % 5}`, `cat${i % 2}`)),
    edges: Array.from({ length: 29 }, (_, i) => edge(`f${i}`, `f${i + 1}`, (i % 10) / 10)),
  };

  it("shows every function when they fit", () => {
    const view = buildView(small, { filters: {} });
    expect(view.mode).toBe("functions");
    if (view.mode === "functions") expect(view.nodes).toHaveLength(7);
  });

  it("clusters by toolkit above the limit, by category when toolkits are too many", () => {
    const view = buildView(many, { filters: {}, maxNodes: 10 });
    expect(view.mode).toBe("clusters");
    if (view.mode !== "clusters") return;
    expect(view.by).toBe("toolkit");
    expect(view.clusters.map((c) => c.functions)).toEqual([6, 6, 6, 6, 6]);
    expect(view.clusters.reduce((sum, c) => sum + c.internalEdges + c.outEdges, 0)).toBe(29);
    const byCategory = buildView(many, { filters: {}, maxNodes: 10, maxToolkitClusters: 3 });
    expect(byCategory.mode === "clusters" && byCategory.by).toBe("category");
    const oneCategory = buildView(many, { filters: { category: "cat0" }, maxNodes: 10, maxToolkitClusters: 1 });
    expect(oneCategory.mode === "clusters" && oneCategory.by).toBe("toolkit");
  });

  it("shows a focus's neighbourhood with the filters applied", () => {
    const view = buildView(many, { filters: { minWeight: 0.25 }, focus: "f5", hops: 2 });
    expect(view.mode).toBe("focus");
    if (view.mode !== "focus") return;
    // f3->f4 (0.3), f4->f5 (0.4), f5->f6 (0.5), f6->f7 (0.6); f2->f3 (0.2) is under the minimum.
    expect([...view.distances.keys()].sort()).toEqual(["f3", "f4", "f5", "f6", "f7"]);
    expect(view.edges).toHaveLength(4);
  });

  it("keys requests by what they show", () => {
    expect(viewRequestKey({ filters: {} })).toBe(viewRequestKey({ filters: { minWeight: 0, toolkit: undefined }, hops: 2, clustered: false }));
    expect(viewRequestKey({ filters: {}, focus: "a" })).toBe(viewRequestKey({ filters: {}, focus: "a", hops: 1 }));
    expect(viewRequestKey({ filters: {}, focus: "a", hops: 2 })).not.toBe(viewRequestKey({ filters: {}, focus: "a" }));
    expect(viewRequestKey({ filters: { kind: "premise" } })).not.toBe(viewRequestKey({ filters: {} }));
  });

  it("ignores an unknown focus", () => {
    expect(buildView(small, { filters: {}, focus: "gone" }).mode).toBe("functions");
  });
});

describe("searchFunctions", () => {
  it("ranks exact and prefix matches first", () => {
    expect(searchFunctions(small.nodes, "flights").map((n) => n.id)).toEqual(["flights", "book", "airport"]); // toolkit matches, shorter names first
    expect(searchFunctions(small.nodes, "ca").map((n) => n.id)).toEqual(["calendar"]);
    expect(searchFunctions(small.nodes, "  ")).toEqual([]);
  });
});

describe("edgeStroke", () => {
  it("styles by kind, weight and origin", () => {
    expect(edgeStroke("exact_input", 1, "auto").strokeDasharray).toBeUndefined();
    expect(edgeStroke("partial_input", 1, "auto").strokeDasharray).toBeDefined();
    expect(edgeStroke("premise", 1, "auto").strokeDasharray).not.toBe(edgeStroke("partial_input", 1, "auto").strokeDasharray);
    expect(edgeStroke("exact_input", 0.9, "auto").strokeWidth).toBeGreaterThan(edgeStroke("exact_input", 0.2, "auto").strokeWidth);
    expect(edgeStroke("exact_input", 0.5, "annotator").stroke).not.toBe(edgeStroke("exact_input", 0.5, "auto").stroke);
  });
});
