import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTempDatabase } from "../../test/temp-db";
import { InvalidInput, NotFound } from "../pipeline/errors";
import { createProject, deleteProject, getOrCreateProject, listProjects, renameProject } from "./projects";

describe("projects service", () => {
  let database: ReturnType<typeof openTempDatabase>;
  beforeEach(() => {
    database = openTempDatabase();
  });
  afterEach(() => database.dispose());

  it("creates, lists with zero counts, renames and deletes", () => {
    const { id } = createProject(database.db, "  travel  ");
    expect(listProjects(database.db)).toEqual([
      expect.objectContaining({ id, name: "travel", counts: { catalogs: 0, functions: 0, edges: 0, paths: 0, trajectories: 0, accepted: 0 } }),
    ]);
    renameProject(database.db, id, "trips");
    expect(listProjects(database.db).map((p) => p.name)).toEqual(["trips"]);
    deleteProject(database.db, id);
    expect(listProjects(database.db)).toEqual([]);
  });

  it.each([
    ["", "cannot be empty"],
    ["   ", "cannot be empty"],
    ["x".repeat(101), "at most 100"],
  ])("refuses the name %j", (name, message) => {
    expect(() => createProject(database.db, name)).toThrow(InvalidInput);
    expect(() => createProject(database.db, name)).toThrow(message);
    expect(listProjects(database.db)).toEqual([]);
  });

  it("refuses a second project with the same name, and renaming onto another's name", () => {
    createProject(database.db, "a");
    const b = createProject(database.db, "b");
    expect(() => createProject(database.db, "a")).toThrow(/already exists/);
    expect(() => renameProject(database.db, b.id, "a")).toThrow(/already exists/);
    expect(listProjects(database.db).map((p) => p.name)).toEqual(["a", "b"]);
  });

  it("gets or creates by name", () => {
    expect(getOrCreateProject(database.db, "x").created).toBe(true);
    expect(getOrCreateProject(database.db, "x").created).toBe(false);
  });

  it("names a missing project", () => {
    expect(() => deleteProject(database.db, 42)).toThrow(NotFound);
    expect(() => renameProject(database.db, 42, "y")).toThrow('project "42" not found');
  });
});
