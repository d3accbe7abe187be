import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTempDatabase } from "../../test/temp-db";
import { listFunctions } from "../services/catalogs";
import { getGraph } from "../services/graph";
import { listPaths } from "../services/paths";
import { createProject, deleteProject, listProjects, projectCounts } from "../services/projects";
import { demoWasSeeded } from "./demo-marker";
import { DEMO_PROJECT_NAME, ensureDemoProject } from "./seed-demo";

describe("ensureDemoProject", () => {
  let database: ReturnType<typeof openTempDatabase>;
  beforeEach(() => {
    database = openTempDatabase();
  });
  afterEach(() => database.dispose());

  it("creates the demo on a new database: catalog, graph with cross-toolkit edges, paths", () => {
    const result = ensureDemoProject(database.db);
    expect(result.created).toBe(true);
    const projectId = result.projectId as number;
    expect(listProjects(database.db).map((p) => [p.id, p.name])).toEqual([[projectId, DEMO_PROJECT_NAME]]);

    const functions = listFunctions(database.db, projectId);
    expect(functions.length).toBeGreaterThanOrEqual(40);
    expect(functions.length).toBeLessThanOrEqual(60);
    expect(new Set(functions.map((spec) => spec.toolkit)).size).toBeGreaterThanOrEqual(5);
    expect(functions.filter((spec) => spec.returns === undefined)).toEqual([]);

    const graph = getGraph(database.db, projectId);
    const toolkitOf = new Map(functions.map((spec) => [spec.id, spec.toolkit]));
    const crossing = graph.edges
      .filter((edge) => toolkitOf.get(edge.source) !== toolkitOf.get(edge.target))
      .map((edge) => `${edge.source}→${edge.target}`);
    expect(crossing).toEqual(
      expect.arrayContaining([
        "search_airports→get_airport_weather",
        "list_booking_events→create_event",
        "find_files→add_attachment",
        "download_attachment→read_file",
      ]),
    );
    expect(graph.edges.some((edge) => edge.source === "search_flights" && edge.target === "book_flight")).toBe(true);

    const paths = listPaths(database.db, projectId);
    expect(paths.length).toBeGreaterThanOrEqual(24);
    expect(new Set(paths.flatMap((path) => path.initial.flatMap((turn) => turn.functions))).size).toBeGreaterThan(20);
    expect(demoWasSeeded(database.db)).toBe(true);
  });

  it("does nothing the second time", () => {
    const first = ensureDemoProject(database.db);
    const counts = projectCounts(database.db, first.projectId as number);
    expect(ensureDemoProject(database.db)).toEqual({ created: false });
    expect(listProjects(database.db)).toHaveLength(1);
    expect(projectCounts(database.db, first.projectId as number)).toEqual(counts);
  });

  it("does not bring the demo back once the user deleted it", () => {
    const { projectId } = ensureDemoProject(database.db);
    deleteProject(database.db, projectId as number);
    expect(ensureDemoProject(database.db)).toEqual({ created: false });
    expect(listProjects(database.db)).toEqual([]);
  });

  it("leaves a user's project of the same name alone and seeds nothing over it", () => {
    const own = createProject(database.db, DEMO_PROJECT_NAME);
    expect(ensureDemoProject(database.db)).toEqual({ created: false, projectId: own.id });
    expect(projectCounts(database.db, own.id)).toEqual({ catalogs: 0, functions: 0, edges: 0, paths: 0, trajectories: 0, accepted: 0 });
    expect(ensureDemoProject(database.db)).toEqual({ created: false });
  });

  it("leaves nothing behind when seeding fails, and seeds on the next start", () => {
    expect(() => ensureDemoProject(database.db, { catalogDir: "/nonexistent/demo-catalog" })).toThrow();
    expect(listProjects(database.db)).toEqual([]);
    expect(demoWasSeeded(database.db)).toBe(false);
    expect(ensureDemoProject(database.db).created).toBe(true);
  });

  it("seeds the same graph and paths on every new database", () => {
    const other = openTempDatabase();
    try {
      const a = ensureDemoProject(database.db).projectId as number;
      const b = ensureDemoProject(other.db).projectId as number;
      expect(getGraph(other.db, b)).toEqual(getGraph(database.db, a));
      expect(listPaths(other.db, b)).toEqual(listPaths(database.db, a));
    } finally {
      other.dispose();
    }
  });
});
