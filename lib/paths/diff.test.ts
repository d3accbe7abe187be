import { describe, expect, it } from "vitest";
import { applyOperation, undo } from "@/server/pipeline/operations";
import { handContext, walkPath } from "@/server/pipeline/operations/test-fixtures";
import { describeDiff, diffDraft, sameTurns } from "./diff";

const stored = applyOperation(walkPath(["a", "b", "c"]), { op: "merge", at: 0 }, handContext);

describe("diffDraft", () => {
  it("is clean for an unchanged copy", () => {
    const diff = diffDraft(structuredClone(stored), stored);
    expect(diff).toEqual({ dirty: false, kept: 1, unsaved: [], undone: [], turnsChanged: false });
    expect(describeDiff(diff)).toBe("saved");
  });

  it("lists operations the draft added", () => {
    const draft = applyOperation(stored, { op: "split", at: 1, label: "miss_param", function: "c", parameter: "city" }, handContext);
    const diff = diffDraft(draft, stored);
    expect(diff.dirty).toBe(true);
    expect(diff.kept).toBe(1);
    expect(diff.unsaved).toEqual([{ op: "split", at: 1, label: "miss_param", function: "c", parameter: "city" }]);
    expect(diff.undone).toEqual([]);
    expect(describeDiff(diff)).toBe("1 unsaved operation");
  });

  it("lists stored operations the draft undid, and those it replaced", () => {
    const undone = undo(stored, handContext).path;
    expect(describeDiff(diffDraft(undone, stored))).toBe("1 stored operation undone");
    const replaced = applyOperation(applyOperation(undone, { op: "merge", at: 1 }, handContext), { op: "merge", at: 0 }, handContext);
    const diff = diffDraft(replaced, stored);
    expect(diff.kept).toBe(0);
    expect(diff.unsaved).toHaveLength(2);
    expect(diff.undone).toEqual([{ op: "merge", at: 0 }]);
    expect(describeDiff(diff)).toBe("2 unsaved operations, 1 stored operation undone");
  });

  it("treats a path that is not stored as all unsaved", () => {
    expect(diffDraft(stored, undefined)).toMatchObject({ dirty: true, unsaved: stored.operations });
  });

  it("compares turns by content, not by key order or an absent implicit list", () => {
    expect(sameTurns([{ kind: "call", functions: ["a"] }], [{ functions: ["a"], kind: "call", implicit: [] }])).toBe(true);
    expect(sameTurns([{ kind: "call", functions: ["a", "m"], implicit: ["m"] }], [{ kind: "call", functions: ["a", "m"] }])).toBe(false);
    expect(
      sameTurns(
        [{ kind: "miss_param", functions: [], withheld: { function: "c", parameter: "city" } }],
        [{ kind: "miss_param", functions: [], withheld: { function: "c", parameter: "unit" } }],
      ),
    ).toBe(false);
    expect(diffDraft({ turns: [], operations: [] }, { turns: [{ kind: "call", functions: ["a"] }], operations: [] }).dirty).toBe(true);
  });
});
