import { afterEach, describe, expect, it } from "vitest";
import { reviewDecisions } from "../../../db/schema";
import { ensureDemoProject } from "../../demo/seed-demo";
import { demoProjectWithRun, setStatuses, storedRows } from "../../../test/demo-run";
import { expectTrpcError, testCaller } from "../test/caller";

let current: ReturnType<typeof testCaller> | undefined;
afterEach(() => current?.dispose());

describe("statistics router", () => {
  it("shows the paths' coverage and empty trajectory figures before any run", async () => {
    current = testCaller();
    const { caller, db } = current;
    const projectId = ensureDemoProject(db).projectId ?? 0;
    const stats = await caller.statistics.project({ projectId });
    expect(stats.trajectories).toEqual({ total: 0, positives: 0, negatives: 0, reviewed: 0 });
    expect(stats.coverage.functions.total).toBe(55);
    expect(stats.coverage.functions.byPaths).toBeGreaterThan(0);
    expect(stats.coverage.functions.byTrajectories).toBe(0);
    expect(stats.categories.reduce((n, c) => n + c.functions, 0)).toBe(55);
    expect(stats.categories.every((c) => c.trajectories === 0)).toBe(true);
    expect({ turns: stats.turns, review: stats.review, acceptance: stats.acceptance }).toEqual({ turns: [], review: [], acceptance: [] });
  });

  it("aggregates a run's trajectories and the review history", async () => {
    current = testCaller();
    const { caller, db } = current;
    const { projectId, runId } = await demoProjectWithRun(db, { paths: 5 });
    const rows = storedRows(db, runId);
    const positives = rows.filter((r) => r.trajectory.polarity === "positive");
    const negative = rows.find((r) => r.trajectory.polarity === "negative");
    setStatuses(
      db,
      positives.map((r) => r.id),
      "accepted",
    );
    if (negative) setStatuses(db, [negative.id], "rejected");
    // The history as the review service writes it: the first positive accepted on one day, then rejected and accepted again.
    const first = positives[0]?.id ?? 0;
    db.insert(reviewDecisions)
      .values([
        { trajectoryRowId: first, action: "accepted", reviewer: "ann", version: 1, createdAt: "2025-05-01T10:00:00.000Z" },
        { trajectoryRowId: first, action: "rejected", reviewer: "bob", version: 2, createdAt: "2025-05-02T10:00:00.000Z" },
        { trajectoryRowId: negative?.id ?? 0, action: "rejected", reviewer: "bob", version: 1, createdAt: "2025-05-02T11:00:00.000Z" },
        { trajectoryRowId: first, action: "accepted", reviewer: "ann", version: 3, createdAt: "2025-05-03T10:00:00.000Z" },
      ])
      .run();

    const stats = await caller.statistics.project({ projectId });
    expect(stats.trajectories).toEqual({ total: rows.length, positives: positives.length, negatives: rows.length - positives.length, reviewed: positives.length + 1 });
    expect(stats.turns.reduce((n, t) => n + t.trajectories, 0)).toBe(rows.length);
    expect(stats.turnKinds.find((k) => k.name === "call")?.trajectories).toBeGreaterThan(0);
    expect(stats.coverage.functions.byTrajectories).toBeGreaterThan(0);
    expect(stats.coverage.functions.byTrajectories).toBeLessThanOrEqual(stats.coverage.functions.byPaths);
    expect(stats.categories.some((c) => c.trajectories > 0)).toBe(true);
    expect(stats.toolkits.map((t) => t.group).sort()).toEqual(["calendar", "files", "mail", "travel", "weather"]);
    expect(stats.toolkits.filter((t) => t.trajectories > 0).length).toBeGreaterThan(1);
    expect(stats.review).toEqual([
      { day: "2025-05-01", decisions: 1, accepted: 1, rejected: 0 },
      { day: "2025-05-02", decisions: 2, accepted: 0, rejected: 2 },
      { day: "2025-05-03", decisions: 1, accepted: 1, rejected: 1 },
    ]);
    expect(stats.acceptance[0]).toEqual({ errorType: "none", total: positives.length, accepted: positives.length, rejected: 0, needsEdit: 0, pending: 0, rate: 1 });
    expect(stats.acceptance.find((a) => a.errorType === negative?.trajectory.error_type)?.rejected).toBe(1);
  });

  it("refuses an unknown project", async () => {
    current = testCaller();
    await expectTrpcError(current.caller.statistics.project({ projectId: 42 }), "NOT_FOUND", /project "42" not found/);
  });
});
