import { desc } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import type { Role } from "../../auth/roles";
import { demoProjectWithRun, storedRows } from "../../../test/demo-run";
import { openTempDatabase } from "../../../test/temp-db";
import { callerAs, expectTrpcError } from "../test/caller";

let database: ReturnType<typeof openTempDatabase> | undefined;
afterEach(() => database?.dispose());

async function studio() {
  database = openTempDatabase();
  const db = database.db;
  const demo = await demoProjectWithRun(db, { paths: 2 });
  const as = (role: Role) => callerAs(db, { id: `${role}-1`, name: role, email: `${role}@example.org`, role });
  return { db, ...demo, row: storedRows(db, demo.runId)[0]!, as };
}

describe("role permissions through the API", () => {
  it("an annotator cannot export, decide, run a teacher or store a teacher key", async () => {
    const { as, projectId, row, runId } = await studio();
    const annotator = as("annotator");
    await expectTrpcError(annotator.exports.create({ projectId, formats: ["openai-sft"] }), "FORBIDDEN", /annotator may not do this \(export\.write\)/);
    await expectTrpcError(annotator.reviews.decide({ id: row.id, decision: "accepted", reviewer: "x", expectedVersion: 0 }), "FORBIDDEN", /review\.write/);
    await expectTrpcError(annotator.runs.cancel({ runId }), "FORBIDDEN", /runs\.write/);
    await expectTrpcError(annotator.teachers.create({ name: "t", baseUrl: "http://127.0.0.1:1/v1", model: "m", apiKey: "sk-annotator" }), "FORBIDDEN", /teachers\.write/);
  });

  it("an annotator may edit the graph; a reviewer may not", async () => {
    const { as, projectId } = await studio();
    const graph = await as("annotator").graph.get({ projectId });
    const [a, b] = graph.nodes;
    const edge = { source: b!.id, target: a!.id, kind: "exact_input" as const, weight: 0.5 };
    await expectTrpcError(as("reviewer").graph.addEdge({ projectId, edge }), "FORBIDDEN", /a reviewer may not do this \(graph\.write\)/);
    await expectTrpcError(as("reviewer").paths.sample({ projectId, settings: {} }), "FORBIDDEN", /paths\.write/);
    await expectTrpcError(as("reviewer").catalog.import({ projectId, files: [{ name: "a.json", content: "[]" }] }), "FORBIDDEN", /catalog\.write/);
    await expectTrpcError(as("reviewer").projects.delete({ projectId }), "FORBIDDEN", /projects\.write/);
  });

  it("a reviewer decides under their own account, whatever name the client sends", async () => {
    const { as, row, projectId } = await studio();
    const decided = await as("reviewer").reviews.decide({ id: row.id, decision: "accepted", reviewer: "someone else", expectedVersion: 0 });
    expect(decided.status).toBe("accepted");
    const review = await as("reviewer").reviews.get({ id: row.id });
    expect(review.history.at(-1)).toMatchObject({ reviewer: "reviewer@example.org", action: "accepted" });
    await expectTrpcError(as("reviewer").reviews.bulkDecide({ projectId, decision: "rejected", reviewer: "r" }), "FORBIDDEN", /review\.bulk/);
  });

  it("the signed-out can read nothing", async () => {
    const { db, projectId } = await studio();
    const signedOut = callerAs(db, null);
    await expectTrpcError(signedOut.projects.list(), "UNAUTHORIZED", /sign in/);
    await expectTrpcError(signedOut.statistics.project({ projectId }), "UNAUTHORIZED", /sign in/);
    await expectTrpcError(signedOut.reviews.queue({ projectId }), "UNAUTHORIZED", /sign in/);
  });

  it("writes every refusal and every change to the audit log, with who and what, and no secret", async () => {
    const { as, db, row } = await studio();
    await as("reviewer").reviews.decide({ id: row.id, decision: "rejected", reviewer: "r", expectedVersion: 0 });
    await as("annotator").teachers.create({ name: "t", baseUrl: "http://127.0.0.1:1/v1", model: "m", apiKey: "sk-never-logged" }).catch(() => undefined);
    const entries = db.select().from(auditLog).orderBy(desc(auditLog.id)).all();
    expect(entries[0]).toMatchObject({ actor: "annotator@example.org", role: "annotator", action: "teachers.create", outcome: "denied" });
    expect(entries[1]).toMatchObject({ actor: "reviewer@example.org", action: "reviews.decide", outcome: "done" });
    expect(JSON.parse(entries[1]!.detail ?? "{}")).toMatchObject({ id: row.id, decision: "rejected" });
    expect(JSON.stringify(entries)).not.toContain("sk-never-logged");
  });
});
