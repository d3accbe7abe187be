import { afterEach, describe, expect, it } from "vitest";
import { expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());
const setup = () => (current = testCaller());

describe("projects router", () => {
  it("creates, lists with counts, gets, renames and deletes", async () => {
    const { caller } = setup();
    const created = await caller.projects.create({ name: "  travel  " });
    expect(created.name).toBe("travel");
    expect(await caller.projects.list()).toEqual([expect.objectContaining({ name: "travel", counts: { catalogs: 0, functions: 0, edges: 0, paths: 0, trajectories: 0, accepted: 0 } })]);
    expect(await caller.projects.get({ projectId: created.id })).toMatchObject({ name: "travel", counts: { functions: 0 } });
    await caller.projects.rename({ projectId: created.id, name: "travel-v2" });
    expect((await caller.projects.list()).map((p) => p.name)).toEqual(["travel-v2"]);
    await caller.projects.delete({ projectId: created.id });
    expect(await caller.projects.list()).toEqual([]);
  });

  it("refuses bad input with a clear message and writes nothing", async () => {
    const { caller } = setup();
    await expectTrpcError(caller.projects.create({ name: "   " }), "BAD_REQUEST", /field name: a project name cannot be empty/);
    await expectTrpcError(caller.projects.create({ name: "x".repeat(101) }), "BAD_REQUEST", /at most 100 characters/);
    const a = await caller.projects.create({ name: "a" });
    await caller.projects.create({ name: "b" });
    await expectTrpcError(caller.projects.create({ name: "a" }), "BAD_REQUEST", /field name: a project named "a" already exists/);
    await expectTrpcError(caller.projects.rename({ projectId: a.id, name: "b" }), "BAD_REQUEST", /already exists/);
    await expectTrpcError(caller.projects.get({ projectId: 999 }), "NOT_FOUND", /project "999" not found/);
    await expectTrpcError(caller.projects.delete({ projectId: 999 }), "NOT_FOUND", /not found/);
    await expectTrpcError(caller.projects.rename({ projectId: -1, name: "c" }), "BAD_REQUEST", /field projectId/);
    expect((await caller.projects.list()).map((p) => p.name)).toEqual(["a", "b"]);
  });
});
