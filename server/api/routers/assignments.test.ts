import { afterEach, describe, expect, it } from "vitest";
import type { Role } from "../../auth/roles";
import type { Viewer } from "../../auth/viewer";
import { demoProjectWithRun } from "../../../test/demo-run";
import { openTempDatabase } from "../../../test/temp-db";
import { callerAs, expectTrpcError, TEST_SETUP_CODE, testAuth } from "../test/caller";

let database: ReturnType<typeof openTempDatabase> | undefined;
afterEach(() => database?.dispose());

async function team() {
  database = openTempDatabase();
  const db = database.db;
  const auth = testAuth(db);
  const { projectId } = await demoProjectWithRun(db, { paths: 3 });
  const setup = await callerAs(db, null, auth).accounts.setup({ name: "Owner", email: "owner@example.org", password: "owner-password", setupCode: TEST_SETUP_CODE });
  const admin = callerAs(db, { id: setup.id, name: "Owner", email: "owner@example.org", role: "admin" }, auth);
  const person = async (name: string, role: Role): Promise<Viewer> => {
    const created = await admin.accounts.create({ name, email: `${name}@example.org`, password: `${name}-password-1`, role });
    return { id: created.id, name, email: `${name}@example.org`, role };
  };
  const [ana, ben, cleo, ann] = [await person("ana", "reviewer"), await person("ben", "reviewer"), await person("cleo", "reviewer"), await person("ann", "annotator")];
  const as = (viewer: Viewer) => callerAs(db, viewer, auth);
  return { db, projectId, admin, ana, ben, cleo, ann, as };
}

describe("distributed review", () => {
  it("spreads records evenly, N distinct reviewers each, and shows each reviewer only their own", async () => {
    const { projectId, admin, ana, ben, cleo, as } = await team();
    const total = (await admin.reviews.queue({ projectId })).total;
    const made = await admin.assignments.create({ projectId, reviewerIds: [ana.id, ben.id, cleo.id], perRecord: 2 });
    expect(made).toEqual({ records: total, assignments: total * 2 });
    const loads = await Promise.all([ana, ben, cleo].map(async (r) => (await as(r).assignments.mine({ projectId })).open));
    expect(loads.reduce((a, b) => a + b, 0)).toBe(total * 2);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const anaQueue = await as(ana).reviews.queue({ projectId, mine: "open", limit: 200 });
    expect(anaQueue.total).toBe(loads[0]);
    // Topping up again adds nothing: every record already has two.
    expect(await admin.assignments.create({ projectId, reviewerIds: [ana.id, ben.id, cleo.id], perRecord: 2 })).toEqual({ records: 0, assignments: 0 });
  });

  it("keeps each review apart, sets the status on a majority, and measures agreement", async () => {
    const { projectId, admin, ana, ben, as } = await team();
    await admin.assignments.create({ projectId, reviewerIds: [ana.id, ben.id], perRecord: 2, limit: 4 });
    const records = (await as(ana).reviews.queue({ projectId, mine: "open" })).items;
    expect(records).toHaveLength(4);
    const labels: ["accepted" | "rejected", "accepted" | "rejected"][] = [
      ["accepted", "accepted"],
      ["rejected", "rejected"],
      ["accepted", "accepted"],
      ["accepted", "rejected"],
    ];
    for (const [i, record] of records.entries()) {
      const first = await as(ana).reviews.decide({ id: record.id, decision: labels[i]![0], reviewer: "ana", expectedVersion: record.version });
      expect(first.status).toBe("pending");
      // Ben saw the same version: Ana's review did not move it, so there is no conflict.
      const second = await as(ben).reviews.decide({ id: record.id, decision: labels[i]![1], reviewer: "ben", expectedVersion: record.version });
      expect(second.status).toBe(labels[i]![0] === labels[i]![1] ? labels[i]![0] : "pending");
    }
    await as(ana).reviews.decide({ id: records[0]!.id, turn: 0, decision: "accepted", reviewer: "ana", expectedVersion: (await as(ana).reviews.get({ id: records[0]!.id })).item.version });
    await as(ben).reviews.decide({ id: records[0]!.id, turn: 0, decision: "needs-edit", reviewer: "ben", expectedVersion: (await as(ben).reviews.get({ id: records[0]!.id })).item.version });

    const report = await admin.assignments.agreement({ projectId });
    expect(report.reviewed).toBe(4);
    expect(report.trajectory.percent).toEqual({ agreement: 0.75, items: 4 });
    // Ana: A R A A, Ben: A R A R → p_o 0.75, p_e = 0.75·0.5 + 0.25·0.5 = 0.5, kappa 0.5.
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]!.kappa).toBeCloseTo(0.5, 10);
    expect(report.turn.percent).toEqual({ agreement: 0, items: 1 });
    expect(report.disputes).toEqual([records[3]!.id]);
    expect(report.reviewers.find((r) => r.id === ana.id)).toMatchObject({ assigned: 4, done: 4, open: 0 });
    expect((await as(ana).reviews.queue({ projectId, mine: "open" })).total).toBe(0);
    expect((await as(ana).reviews.queue({ projectId, mine: "done" })).total).toBe(4);
  });

  it("assigns reviewers and admins only, and only an admin assigns", async () => {
    const { projectId, admin, ana, ann, as } = await team();
    await expectTrpcError(admin.assignments.create({ projectId, reviewerIds: [ana.id, ann.id], perRecord: 1 }), "BAD_REQUEST", /annotator and may not review/);
    await expectTrpcError(admin.assignments.create({ projectId, reviewerIds: [ana.id], perRecord: 2 }), "BAD_REQUEST", /need at least 2 reviewers/);
    await expectTrpcError(as(ana).assignments.create({ projectId, reviewerIds: [ana.id], perRecord: 1 }), "FORBIDDEN", /assignments\.manage/);
  });
});
