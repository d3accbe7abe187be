import { readdirSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hasSharedData, sharedData } from "../../test/shared-data";
import { openTempDatabase } from "../../test/temp-db";
import type { CatalogInput } from "../pipeline/catalog";
import { getFunction, importCatalogFiles, listCatalogs, listFunctions } from "./catalogs";
import { createProject, listProjects } from "./projects";

const docsDir = sharedData("bfcl_v3", "multi_turn_func_doc");
const bfclDocs = (): CatalogInput[] =>
  hasSharedData
    ? readdirSync(docsDir)
        .sort()
        .map((name) => ({ file: name, bytes: readFileSync(`${docsDir}/${name}`) }))
    : [];
const text = (file: string, content: string): CatalogInput => ({ file, bytes: new TextEncoder().encode(content) });
const weather = text(
  "weather.json",
  JSON.stringify([
    { type: "function", function: { name: "get_weather", description: "Weather for a city", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } } },
  ]),
);

describe("catalog import service", () => {
  let database: ReturnType<typeof openTempDatabase>;
  let projectId: number;
  beforeEach(() => {
    database = openTempDatabase();
    projectId = createProject(database.db, "p").id;
  });
  afterEach(() => database.dispose());

  it.skipIf(!hasSharedData)("stores the 129 BFCL multi-turn functions with their original records", () => {
    const imported = importCatalogFiles(database.db, projectId, bfclDocs());
    expect(imported).toHaveLength(8);
    expect(imported.every((f) => f.format === "bfcl-doc")).toBe(true);
    const functions = listFunctions(database.db, projectId);
    expect(functions).toHaveLength(129);
    expect(new Set(functions.map((f) => f.toolkit)).size).toBe(8);
    expect(listProjects(database.db)[0]?.counts).toMatchObject({ catalogs: 8, functions: 129 });
    const firstLine = readFileSync(`${docsDir}/gorilla_file_system.json`, "utf8").split("\n")[0] ?? "";
    const cat = getFunction(database.db, projectId, "cat");
    expect(cat.original).toEqual(JSON.parse(firstLine));
    expect(cat.spec.parameters.type).toBe("object");
    expect(() => getFunction(database.db, projectId, "nope")).toThrow('function "nope" not found');
  });

  it.skipIf(!hasSharedData)("imports nothing when one file of the batch is bad", () => {
    const bad = text("broken.json", '{"name": "ok", "description": "x", "parameters": {"type": "dict", "properties": {}, "required": []}}\n{"name": ');
    expect(() => importCatalogFiles(database.db, projectId, [...bfclDocs(), bad])).toThrow(/broken\.json, record 1/);
    expect(listCatalogs(database.db, projectId)).toEqual([]);
    expect(listFunctions(database.db, projectId)).toEqual([]);
  });

  it("leaves earlier imports untouched when a later import is rejected", () => {
    importCatalogFiles(database.db, projectId, [weather]);
    const before = listFunctions(database.db, projectId);
    expect(() => importCatalogFiles(database.db, projectId, [text("empty.json", "  \n")])).toThrow(/empty\.json/);
    expect(listFunctions(database.db, projectId)).toEqual(before);
  });

  it("refuses the same file content twice, naming the earlier file", () => {
    importCatalogFiles(database.db, projectId, [weather]);
    expect(() => importCatalogFiles(database.db, projectId, [{ ...weather, file: "copy.json" }])).toThrow(
      "copy.json: has the same content as weather.json, already imported into this project",
    );
    expect(listCatalogs(database.db, projectId)).toHaveLength(1);
  });
});
