import { describe, expect, it } from "vitest";
import { applyOperation } from "./apply";
import { canMerge, insertCandidates, irrelevanceCandidates, splitCandidates } from "./candidates";
import { handContext as context, walkPath } from "./test-fixtures";

const walk = walkPath(["a", "b", "c", "d", "e"]);

describe("choices offered to the studio", () => {
  it("canMerge: every consecutive pair of a walk, and not across a missing edge", () => {
    expect([0, 1, 2, 3, 4].map((at) => canMerge(walk, at, context))).toEqual([true, true, true, true, false]);
    // a b c m d e: c → m is an edge, m → d is not.
    const inserted = applyOperation(walk, { op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 }, context);
    expect([0, 1, 2, 3, 4].map((at) => canMerge(inserted, at, context))).toEqual([true, true, true, false, true]);
  });

  it("insertCandidates: nested neighbours of the turn's last function, same turn then each later turn", () => {
    expect(insertCandidates(walk, 1, context)).toEqual([
      { op: "insert", function: "m", after: 1, mode: "same_turn" },
      { op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 },
      { op: "insert", function: "m", after: 1, mode: "later_turn", at: 3 },
      { op: "insert", function: "m", after: 1, mode: "later_turn", at: 4 },
    ]);
    expect(insertCandidates(walk, 4, context)).toEqual([{ op: "insert", function: "z", after: 4, mode: "same_turn" }]);
    expect(insertCandidates(walk, 0, context)).toEqual([]);
    expect(insertCandidates(walk, 9, context)).toEqual([]);
    const withM = applyOperation(walk, { op: "insert", function: "m", after: 1, mode: "same_turn" }, context);
    expect(insertCandidates(withM, 2, context)).toEqual([]);
  });

  it("insertCandidates skips placements right after a miss turn", () => {
    const split = applyOperation(walk, { op: "split", at: 3, label: "miss_func", function: "d" }, context);
    expect(insertCandidates(split, 1, context).map((op) => op.at)).toEqual([undefined, 2, 4, 5]);
  });

  it("splitCandidates: miss_func per function, miss_param per required parameter", () => {
    expect(splitCandidates(walk, 3, context)).toEqual([
      { op: "split", at: 3, label: "miss_func", function: "d" },
      { op: "split", at: 3, label: "miss_param", function: "d", parameter: "date" },
      { op: "split", at: 3, label: "miss_param", function: "d", parameter: "unit" },
    ]);
    expect(splitCandidates(walk, 0, context)).toEqual([{ op: "split", at: 0, label: "miss_func", function: "a" }]);
    const split = applyOperation(walk, { op: "split", at: 2, label: "miss_func", function: "c" }, context);
    expect(splitCandidates(split, 2, context)).toEqual([]);
    expect(splitCandidates(split, 3, context)).toEqual([]);
  });

  it("irrelevanceCandidates: every position except inside a split and next to another irrelevant turn", () => {
    expect(irrelevanceCandidates(walk).map((op) => op.at)).toEqual([0, 1, 2, 3, 4, 5]);
    const split = applyOperation(walk, { op: "split", at: 2, label: "miss_func", function: "c" }, context);
    expect(irrelevanceCandidates(split).map((op) => op.at)).toEqual([0, 1, 2, 4, 5, 6]);
    const irrelevant = applyOperation(walk, { op: "irrelevance", at: 2 }, context);
    expect(irrelevanceCandidates(irrelevant).map((op) => op.at)).toEqual([0, 1, 4, 5, 6]);
  });
});
