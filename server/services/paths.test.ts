import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTempDatabase } from "../../test/temp-db";
import type { CatalogInput } from "../pipeline/catalog";
import { importCatalogFiles } from "./catalogs";
import { rebuildGraph } from "./graph";
import { applyPathOperation, getPath, listPaths, pathCoverage, samplePathsIntoProject, savePath, undoPathOperation } from "./paths";
import { createProject, listProjects } from "./projects";

const tool = (name: string, params: string[], returns: string[]) => ({
  type: "function",
  function: {
    name,
    description: `${name.replaceAll("_", " ")}`,
    parameters: { type: "object", properties: Object.fromEntries(params.map((p) => [p, { type: "string", description: p.replaceAll("_", " ") }])), required: params },
    returns: { type: "object", properties: Object.fromEntries(returns.map((r) => [r, { type: "string" }])) },
  },
});

const files: CatalogInput = {
  file: "files.json",
  bytes: new TextEncoder().encode(
    JSON.stringify([
      tool("find_file", ["pattern"], ["file_path"]),
      tool("read_file", ["file_path"], ["content"]),
      tool("summarize_text", ["content"], ["summary"]),
      tool("send_email", ["to_address", "content"], ["message_id"]),
      tool("get_contact", ["name"], ["to_address"]),
    ]),
  ),
};

describe("paths service", () => {
  let database: ReturnType<typeof openTempDatabase>;
  let projectId: number;
  beforeEach(() => {
    database = openTempDatabase();
    projectId = createProject(database.db, "p").id;
    importCatalogFiles(database.db, projectId, [files]);
  });
  afterEach(() => database.dispose());

  it("refuses to sample before the graph is built", () => {
    expect(() => samplePathsIntoProject(database.db, projectId)).toThrow("build the graph first");
    expect(listPaths(database.db, projectId)).toEqual([]);
  });

  it("samples reproducible batches with their own ids and counts coverage", () => {
    rebuildGraph(database.db, projectId);
    const first = samplePathsIntoProject(database.db, projectId, { seed: 5, splitP: 1 });
    const second = samplePathsIntoProject(database.db, projectId, { seed: 5, splitP: 1 });
    expect(first.batch).toBe(1);
    expect(second.batch).toBe(2);
    const stored = listPaths(database.db, projectId);
    expect(stored).toHaveLength(first.paths + second.paths);
    const strip = (id: string) => id.replace(/^b\d+-/, "");
    const byBatch = (b: number) => stored.filter((p) => p.id.startsWith(`b${b}-`)).map((p) => ({ ...p, id: strip(p.id) }));
    expect(byBatch(1)).toEqual(byBatch(2));
    expect(stored.some((p) => p.turns.some((t) => t.kind === "miss_func" || t.kind === "miss_param"))).toBe(true);
    expect(listProjects(database.db)[0]?.counts.paths).toBe(stored.length);
    expect(pathCoverage(database.db, projectId).summary.functions.covered).toBeGreaterThan(0);
  });

  it("applies an operation, refuses an invalid one with its reason, and undoes", () => {
    rebuildGraph(database.db, projectId);
    samplePathsIntoProject(database.db, projectId, { mergeP: 0, insertP: 0, splitP: 0, irrelevanceP: 0, from: ["find_file"] });
    const [path] = listPaths(database.db, projectId);
    if (!path) throw new Error("no path sampled");
    expect(path.turns.length).toBeGreaterThan(1);

    const merged = applyPathOperation(database.db, projectId, path.id, { op: "merge", at: 0 });
    expect(merged.turns[0]?.functions).toEqual([...(path.turns[0]?.functions ?? []), ...(path.turns[1]?.functions ?? [])]);
    expect(getPath(database.db, projectId, path.id)).toEqual(merged);

    expect(() => applyPathOperation(database.db, projectId, path.id, { op: "merge", at: 99 })).toThrow();
    expect(getPath(database.db, projectId, path.id)).toEqual(merged);

    const { path: undone, undone: op } = undoPathOperation(database.db, projectId, path.id);
    expect(op).toEqual({ op: "merge", at: 0 });
    expect(undone).toEqual(path);
    expect(getPath(database.db, projectId, path.id)).toEqual(path);
    expect(() => undoPathOperation(database.db, projectId, path.id)).toThrow("no operation to undo");
  });

  it("saves an edited path only when it is valid", () => {
    rebuildGraph(database.db, projectId);
    samplePathsIntoProject(database.db, projectId, { mergeP: 0, insertP: 0, splitP: 0, irrelevanceP: 0, from: ["find_file"] });
    const [path] = listPaths(database.db, projectId);
    if (!path) throw new Error("no path sampled");
    const forged = { ...path, turns: [{ kind: "call" as const, functions: ["send_email"] }] };
    expect(() => savePath(database.db, projectId, forged)).toThrow(/field turns/);
    expect(() => savePath(database.db, projectId, { ...path, initial: [] })).toThrow("cannot change");
    expect(getPath(database.db, projectId, path.id)).toEqual(path);
    expect(() => getPath(database.db, projectId, "nope")).toThrow('path "nope" not found');
  });
});
