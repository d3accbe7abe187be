import { describe, expect, it } from "vitest";
import { followingIds, stepInQueue } from "./queue-navigation";

describe("queue navigation", () => {
  const page = { offset: 50, ids: [11, 12, 13], total: 120 };
  it("moves within the page, then to the next or previous page", () => {
    expect(stepInQueue(page, 12, 1, 50)).toEqual({ id: 13 });
    expect(stepInQueue(page, 12, -1, 50)).toEqual({ id: 11 });
    expect(stepInQueue(page, 13, 1, 50)).toEqual({ offset: 100, pick: "first" });
    expect(stepInQueue(page, 11, -1, 50)).toEqual({ offset: 0, pick: "last" });
  });

  it("goes on from where the current item stood when a decision took it out of the page", () => {
    expect(stepInQueue({ offset: 0, ids: [1, 3, 4], total: 3 }, 2, 1, 50, 1)).toEqual({ id: 3 });
    expect(stepInQueue({ offset: 0, ids: [1, 3, 4], total: 3 }, 2, -1, 50, 1)).toEqual({ id: 1 });
    expect(stepInQueue({ offset: 0, ids: [1, 3], total: 60 }, 4, 1, 50, 2)).toEqual({ offset: 50, pick: "first" });
    expect(stepInQueue({ offset: 0, ids: [1, 3], total: 2 }, 4, 1, 50, 2)).toBeUndefined();
  });

  it("stops at the ends of the queue and starts from the page when nothing is selected", () => {
    expect(stepInQueue({ offset: 0, ids: [1, 2], total: 2 }, 2, 1, 50)).toBeUndefined();
    expect(stepInQueue({ offset: 0, ids: [1, 2], total: 2 }, 1, -1, 50)).toBeUndefined();
    expect(stepInQueue(page, undefined, 1, 50)).toEqual({ id: 11 });
    expect(stepInQueue(page, 99, -1, 50)).toEqual({ id: 13 });
    expect(stepInQueue({ offset: 0, ids: [], total: 0 }, undefined, 1, 50)).toBeUndefined();
    expect(followingIds(page.ids, 11, 2)).toEqual([12, 13]);
    expect(followingIds(page.ids, 12, 2)).toEqual([13]);
    expect(followingIds(page.ids, 13, 2)).toEqual([]);
    expect(followingIds(page.ids, 99, 2)).toEqual([]);
  });
});
