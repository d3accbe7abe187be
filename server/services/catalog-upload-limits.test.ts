import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTempDatabase } from "../../test/temp-db";
import type { CatalogInput } from "../pipeline/catalog";
import { UPLOAD_LIMITS } from "../security/upload-limits";
import { importEachCatalogFile, listCatalogs } from "./catalogs";
import { createProject } from "./projects";

const MB = 1024 * 1024;
const tool = (name: string) => [{ type: "function", function: { name, description: `${name} tool`, parameters: { type: "object", properties: {} } } }];
const catalog = (file: string, name = "get_weather"): CatalogInput => ({ file, bytes: new TextEncoder().encode(JSON.stringify(tool(name))) });
/** Bytes of a given size; their content does not matter, the limit is checked before parsing. */
const sized = (file: string, bytes: number): CatalogInput => ({ file, bytes: new Uint8Array(bytes).fill(0x20) });

describe("the studio's catalog upload limits", () => {
  let database: ReturnType<typeof openTempDatabase>;
  let projectId: number;
  beforeEach(() => {
    database = openTempDatabase();
    projectId = createProject(database.db, "p").id;
  });
  afterEach(() => database.dispose());

  it("refuses a file over 50 MB by name and limit, storing nothing of it, and still imports the others", () => {
    const results = importEachCatalogFile(database.db, projectId, [catalog("weather.json"), sized("huge.json", UPLOAD_LIMITS.catalogFileBytes + 1)]);
    expect(results[0]).toMatchObject({ file: "weather.json", ok: true });
    expect(results[1]).toEqual({
      file: "huge.json",
      ok: false,
      error: { message: "huge.json: the file is 50 MB (52428801 bytes), over the 50 MB (52428800 bytes) limit for one catalog file", location: { file: "huge.json" } },
    });
    expect(listCatalogs(database.db, projectId).map((c) => c.file)).toEqual(["weather.json"]);
  });

  it("refuses more than 100 files in one upload as a whole, storing nothing", () => {
    const files = Array.from({ length: UPLOAD_LIMITS.catalogFiles + 1 }, (_, i) => catalog(`tools-${i}.json`, `tool_${i}`));
    expect(() => importEachCatalogFile(database.db, projectId, files)).toThrow("101 files chosen, over the limit of 100 files in one import: import them in several goes");
    expect(listCatalogs(database.db, projectId)).toEqual([]);
  });

  it("refuses more than 100 MB together as a whole, storing nothing", () => {
    const files = [catalog("weather.json"), sized("a.json", 40 * MB), sized("b.json", 40 * MB), sized("c.json", 40 * MB)];
    expect(() => importEachCatalogFile(database.db, projectId, files)).toThrow(/^the 4 files chosen are 120 MB together, over the 100 MB limit for one import/);
    expect(listCatalogs(database.db, projectId)).toEqual([]);
  });
});
