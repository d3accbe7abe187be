import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type StudioDatabase } from "../../db/client";
import { demoProjectWithRun } from "../../test/demo-run";
import { openTempDatabase } from "../../test/temp-db";
import { Conflict } from "../pipeline/errors";
import { reviewConflict } from "../pipeline/review/review-inputs";
import { negativeErrorTypes } from "../pipeline/teacher";
import { reviewQueue } from "./review-queue";
import { decideReview, getReview } from "./reviews";

describe("review decisions across processes", () => {
  let first: ReturnType<typeof openTempDatabase>;
  let second: StudioDatabase;
  beforeEach(() => {
    first = openTempDatabase();
    // Another connection to the same file, as a second studio process or the CLI holds one.
    second = openDatabase(first.file);
  });
  afterEach(() => {
    second.close();
    first.dispose();
  });

  it("tells the second writer of a version about the first, through another connection, and keeps both decisions", async () => {
    const { projectId } = await demoProjectWithRun(first.db, { name: "r", paths: 2, negatives: negativeErrorTypes, judge: true });
    const [item] = reviewQueue(first.db, { projectId, filters: {}, offset: 0, limit: 1 }).items;
    if (!item) throw new Error("empty queue");
    decideReview(first.db, { id: item.id, decision: "accepted", reviewer: "ana", expectedVersion: 0 });

    let caught: unknown;
    try {
      decideReview(second.db, { id: item.id, decision: "rejected", reviewer: "ben", expectedVersion: 0 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Conflict);
    const shown = reviewConflict.parse(caught instanceof Conflict ? caught.current : undefined);
    expect(shown).toMatchObject({ status: "accepted", version: 1, last: { reviewer: "ana", action: "accepted" } });

    decideReview(second.db, { id: item.id, decision: "rejected", reviewer: "ben", expectedVersion: shown.version });
    const detail = getReview(first.db, item.id);
    expect(detail.item).toMatchObject({ status: "rejected", version: 2 });
    expect(detail.history.map((h) => `${h.reviewer}:${h.action}`)).toEqual(["ben:rejected", "ana:accepted"]);
  });
});
