import { afterEach, describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { bfclDoc, expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());

async function projectWithGraph() {
  current = testCaller();
  const { caller } = current;
  const { id: projectId } = await caller.projects.create({ name: "p" });
  await caller.catalog.import({ projectId, files: [bfclDoc("gorilla_file_system.json"), bfclDoc("message_api.json")] });
  const rebuilt = await caller.graph.rebuild({ projectId, settings: {} });
  return { caller, projectId, rebuilt };
}

const waitFor = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25));
};

describe.skipIf(!hasSharedData)("graph router", () => {
  it("rebuilds offline at once and returns nodes and edges with evidence", async () => {
    const { caller, projectId, rebuilt } = await projectWithGraph();
    expect(rebuilt).toMatchObject({ state: "done", judge: "offline", result: { functions: 28 } });
    const graph = await caller.graph.get({ projectId });
    expect(graph.nodes).toHaveLength(28);
    expect(graph.edges.length).toBe(rebuilt.result?.edges);
    expect(graph.edges.every((e) => e.origin === "auto" && e.weight > 0)).toBe(true);
    expect(await caller.graph.rebuildStatus({ projectId })).toMatchObject({ state: "done" });
  });

  it("rebuilds with a teacher judge in the background, reporting progress", async () => {
    const { caller, projectId } = await projectWithGraph();
    const started = await caller.graph.rebuild({ projectId, settings: { judge: "teacher", candidates: 5 } });
    expect(started).toMatchObject({ state: "running", total: 28 });
    await waitFor(async () => (await caller.graph.rebuildStatus({ projectId })).state !== "running");
    const status = await caller.graph.rebuildStatus({ projectId });
    expect(status).toMatchObject({ state: "done", done: 28, judge: "teacher" });
    const graph = await caller.graph.get({ projectId });
    expect(graph.edges.every((e) => e.origin === "teacher")).toBe(true);
  });

  it("adds, re-weights and removes edges as an annotator; the edits survive a rebuild", async () => {
    const { caller, projectId } = await projectWithGraph();
    const [first] = (await caller.graph.get({ projectId })).edges;
    if (!first) throw new Error("no edge built");
    await caller.graph.removeEdge({ projectId, source: first.source, target: first.target });
    const added = await caller.graph.addEdge({ projectId, edge: { source: "send_message", target: "cat", kind: "premise", weight: 0.7, reason: "read what was sent" } });
    expect(added).toMatchObject({ origin: "annotator", evidence: { reason: "read what was sent" } });
    const reweighted = await caller.graph.reweightEdge({ projectId, source: "send_message", target: "cat", weight: 0.2 });
    expect(reweighted.weight).toBe(0.2);
    await caller.graph.rebuild({ projectId, settings: { seed: 3 } });
    const edges = (await caller.graph.get({ projectId })).edges;
    expect(edges.find((e) => e.source === first.source && e.target === first.target)).toBeUndefined();
    expect(edges.find((e) => e.source === "send_message" && e.target === "cat")).toMatchObject({ weight: 0.2, origin: "annotator" });
  });

  it("refuses bad edits clearly and leaves the graph as it was", async () => {
    const { caller, projectId } = await projectWithGraph();
    const before = await caller.graph.get({ projectId });
    await expectTrpcError(caller.graph.addEdge({ projectId, edge: { source: "nope", target: "cat" } }), "BAD_REQUEST", /field source: no function "nope"/);
    await expectTrpcError(caller.graph.addEdge({ projectId, edge: { source: "cat", target: "cat" } }), "BAD_REQUEST", /cannot join a function to itself/);
    await expectTrpcError(caller.graph.addEdge({ projectId, edge: { source: "cat", target: "ls", weight: 2 } }), "BAD_REQUEST", /field edge\.weight/);
    await expectTrpcError(caller.graph.reweightEdge({ projectId, source: "cat", target: "nope", weight: 0.5 }), "NOT_FOUND", /edge "cat -> nope" not found/);
    await expectTrpcError(caller.graph.removeEdge({ projectId, source: "cat", target: "nope" }), "NOT_FOUND", /not found/);
    await expectTrpcError(caller.graph.rebuild({ projectId, settings: { candidates: 0 } }), "BAD_REQUEST", /field settings\.candidates/);
    await expectTrpcError(caller.graph.get({ projectId: 77 }), "NOT_FOUND", /project "77"/);
    await expectTrpcError(caller.graph.rebuildStatus({ projectId: 77 }), "NOT_FOUND", /project "77"/);
    expect(await caller.graph.get({ projectId })).toEqual(before);
  });
});
