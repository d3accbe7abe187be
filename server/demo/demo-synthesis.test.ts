import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTempDatabase } from "../../test/temp-db";
import { createInnerContext } from "../api/context";
import { listPaths } from "../services/paths";
import { previewPath } from "../services/turn-preview";
import { ensureDemoProject } from "./seed-demo";

/** The demo is what a new user runs first: the offline teacher must get through every one of its paths. */
describe("the demo project with the offline teacher", () => {
  let database: ReturnType<typeof openTempDatabase>;
  let projectId: number;
  beforeAll(() => {
    database = openTempDatabase();
    projectId = ensureDemoProject(database.db).projectId as number;
  });
  afterAll(() => database.dispose());

  it.each([1, 2])("synthesizes every sampled path with seed %i", async (seed) => {
    const { teacherFor } = createInnerContext(database.db);
    const failures: string[] = [];
    for (const path of listPaths(database.db, projectId)) {
      const result = await previewPath(database.db, { projectId, pathId: path.id, seed }, teacherFor);
      if (!result.ok) failures.push(`${path.id}: ${result.error}`);
    }
    expect(failures).toEqual([]);
  });
});
