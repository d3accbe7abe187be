import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTempDatabase } from "../../test/temp-db";
import type { CatalogInput } from "../pipeline/catalog";
import { importCatalogFiles } from "./catalogs";
import { addEdge, getGraph, rebuildGraph, removeEdge, reweightEdge } from "./graph";
import { createProject } from "./projects";

const fn = (name: string, description: string, params: Record<string, string>, returns?: Record<string, string>) => ({
  type: "function",
  function: {
    name,
    description,
    parameters: {
      type: "object",
      properties: Object.fromEntries(Object.entries(params).map(([k, t]) => [k, { type: t, description: k }])),
      required: Object.keys(params),
    },
    ...(returns ? { returns: { type: "object", properties: Object.fromEntries(Object.entries(returns).map(([k, t]) => [k, { type: t }])) } } : {}),
  },
});

const travel: CatalogInput = {
  file: "travel.json",
  bytes: new TextEncoder().encode(
    JSON.stringify([
      fn("get_airport_code", "Find the airport code of a city", { city: "string" }, { airport_code: "string" }),
      fn("find_flights", "Find flights from an airport on a date", { airport_code: "string", date: "string" }, { flight_id: "string" }),
      fn("book_flight", "Book a flight by its id", { flight_id: "string" }, { booking_id: "string" }),
      fn("get_weather", "Current weather in a city", { city: "string" }, { temperature: "number" }),
    ]),
  ),
};

describe("graph service", () => {
  let database: ReturnType<typeof openTempDatabase>;
  let projectId: number;
  beforeEach(() => {
    database = openTempDatabase();
    projectId = createProject(database.db, "p").id;
    importCatalogFiles(database.db, projectId, [travel]);
  });
  afterEach(() => database.dispose());

  const edgeKeys = () => getGraph(database.db, projectId).edges.map((e) => `${e.source}->${e.target}:${e.origin}`).sort();

  it("rebuilds the graph with the offline scorer", () => {
    const built = rebuildGraph(database.db, projectId, { seed: 3 });
    const graph = getGraph(database.db, projectId);
    expect(graph.nodes.map((n) => n.id)).toEqual(["get_airport_code", "find_flights", "book_flight", "get_weather"]);
    expect(graph.edges).toHaveLength(built.edges);
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: "get_airport_code", target: "find_flights", origin: "auto" }));
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: "find_flights", target: "book_flight" }));
  });

  it("keeps annotator additions, removals and weights across a rebuild", () => {
    rebuildGraph(database.db, projectId);
    removeEdge(database.db, projectId, "get_airport_code", "find_flights");
    addEdge(database.db, projectId, { source: "get_weather", target: "book_flight", kind: "premise", weight: 0.4, reason: "check the weather first" });
    reweightEdge(database.db, projectId, { source: "find_flights", target: "book_flight", weight: 0.25 });
    const edited = edgeKeys();

    rebuildGraph(database.db, projectId, { seed: 9 });
    expect(edgeKeys()).toEqual(edited);
    const graph = getGraph(database.db, projectId);
    expect(graph.edges.some((e) => e.source === "get_airport_code" && e.target === "find_flights")).toBe(false);
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ source: "find_flights", target: "book_flight", weight: 0.25, origin: "annotator" }),
    );
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ source: "get_weather", target: "book_flight", kind: "premise", evidence: { fields: [], terms: [], reason: "check the weather first" } }),
    );
  });

  it.each([
    [{ source: "nope", target: "book_flight" }, "field source: no function \"nope\""],
    [{ source: "book_flight", target: "book_flight" }, "cannot join a function to itself"],
  ])("refuses the edge %j", (edge, message) => {
    expect(() => addEdge(database.db, projectId, edge)).toThrow(message);
    expect(getGraph(database.db, projectId).edges).toEqual([]);
  });

  it("refuses a weight outside 0..1 and edits of missing edges", () => {
    rebuildGraph(database.db, projectId);
    expect(() => reweightEdge(database.db, projectId, { source: "find_flights", target: "book_flight", weight: 1.5 })).toThrow("weight must be");
    expect(() => removeEdge(database.db, projectId, "book_flight", "get_airport_code")).toThrow('edge "book_flight -> get_airport_code" not found');
  });
});
