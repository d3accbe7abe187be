import { afterEach, describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { bfclDoc, expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());
const setup = () => (current = testCaller());

describe.skipIf(!hasSharedData)("catalog router", () => {
  it("imports several files, detects their format, lists, filters and shows functions", async () => {
    const { caller } = setup();
    const { id: projectId } = await caller.projects.create({ name: "p" });
    const results = await caller.catalog.import({ projectId, files: [bfclDoc("math_api.json"), bfclDoc("message_api.json")] });
    expect(results).toEqual([
      expect.objectContaining({ file: "math_api.json", ok: true, imported: expect.objectContaining({ format: "bfcl-doc", functions: 17 }) }),
      expect.objectContaining({ file: "message_api.json", ok: true, imported: expect.objectContaining({ format: "bfcl-doc", functions: 10 }) }),
    ]);
    expect((await caller.catalog.files({ projectId })).map((f) => f.file)).toEqual(["math_api.json", "message_api.json"]);
    const all = await caller.catalog.functions({ projectId });
    expect(all.total).toBe(27);
    expect(all.toolkits).toEqual(["math_api", "message_api"]);
    const math = await caller.catalog.functions({ projectId, toolkit: "math_api", search: "square" });
    expect(math.functions.map((f) => f.name)).toEqual(expect.arrayContaining(["square_root"]));
    expect(math.functions.every((f) => f.toolkit === "math_api")).toBe(true);
    const detail = await caller.catalog.function({ projectId, functionId: "square_root" });
    expect(detail.spec.parameters.required).toContain("number");
    expect(detail.original).toMatchObject({ name: "square_root" });
  });

  it("reports a malformed file by file, record and field and imports only the good ones", async () => {
    const { caller } = setup();
    const { id: projectId } = await caller.projects.create({ name: "p" });
    const broken = { name: "broken.json", content: JSON.stringify([{ name: "ok_fn", description: "d", parameters: { type: "dict", properties: {} } }, { name: "bad_fn", description: "d", parameters: { type: "dict", properties: { city: { type: 5 } } } }]) };
    const results = await caller.catalog.import({ projectId, files: [broken, bfclDoc("math_api.json")] });
    expect(results[0]).toMatchObject({ file: "broken.json", ok: false, error: { location: { file: "broken.json", record: 1 } } });
    expect(results[0]?.ok === false && results[0].error.message).toMatch(/broken\.json, record 1, field parameters\.properties\.city/);
    expect(results[1]).toMatchObject({ ok: true });
    expect((await caller.catalog.files({ projectId })).map((f) => f.file)).toEqual(["math_api.json"]);
    expect((await caller.catalog.functions({ projectId })).functions.some((f) => f.name === "ok_fn")).toBe(false);
  });

  it("refuses bad requests clearly", async () => {
    const { caller } = setup();
    const { id: projectId } = await caller.projects.create({ name: "p" });
    await expectTrpcError(caller.catalog.import({ projectId, files: [] }), "BAD_REQUEST", /field files: choose at least one file/);
    await expectTrpcError(caller.catalog.import({ projectId: 42, files: [bfclDoc("math_api.json")] }), "NOT_FOUND", /project "42"/);
    await expectTrpcError(caller.catalog.function({ projectId, functionId: "nope" }), "NOT_FOUND", /function "nope" not found/);
    await caller.catalog.import({ projectId, files: [bfclDoc("math_api.json")] });
    const again = await caller.catalog.import({ projectId, files: [bfclDoc("math_api.json")] });
    expect(again[0]).toMatchObject({ ok: false, error: { message: expect.stringMatching(/same content as math_api\.json/) } });
    expect((await caller.catalog.files({ projectId })).length).toBe(1);
  });
});
