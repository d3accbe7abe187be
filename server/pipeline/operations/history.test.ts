import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import type { Operation } from "../schemas/path";
import { applyOperation, replay } from "./apply";
import { redo, undo } from "./history";
import { handContext as context, show, walkPath } from "./test-fixtures";

const ops: Operation[] = [
  { op: "merge", at: 0 },
  { op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 },
  { op: "split", at: 2, label: "miss_param", function: "d", parameter: "date" },
  { op: "irrelevance", at: 0 },
];

describe("history", () => {
  const walk = walkPath(["a", "b", "c", "d", "e"]);
  const steps = ops.reduce((paths, op) => [...paths, applyOperation(paths.at(-1) ?? walk, op, context)], [walk]);
  const last = steps.at(-1) ?? walk;

  it("records every operation, in order", () => {
    expect(last.operations).toEqual(ops);
    expect(show(last)).toEqual(["irrelevant", "a+b", "c", "miss_param(d.date)", "d", "m", "e"]);
  });

  it("replays the operations on the initial walk into the turns", () => {
    expect(replay(last.initial, last.operations, context)).toEqual(last.turns);
    expect(replay(walk.initial, [], context)).toEqual(walk.turns);
  });

  it("undoes back to every earlier step, and redo walks forward again", () => {
    let path = last;
    const undone: Operation[] = [];
    for (let k = ops.length - 1; k >= 0; k--) {
      const result = undo(path, context);
      expect(result.path).toEqual(steps[k]);
      undone.push(result.undone);
      path = result.path;
    }
    expect(undone).toEqual([...ops].reverse());
    for (const op of [...undone].reverse()) path = redo(path, op, context);
    expect(path).toEqual(last);
  });

  it("refuses to undo a path without operations", () => {
    expect(() => undo(walk, context)).toThrow(new InvalidInput("path w has no operation to undo"));
  });

  it("redo validates again", () => {
    const { path } = undo(steps[1] ?? walk, context);
    const merged = applyOperation(path, { op: "merge", at: 3 }, context);
    expect(() => redo(applyOperation(merged, { op: "merge", at: 0 }, context), { op: "merge", at: 3 }, context)).toThrow(
      /there is no turn 3/,
    );
  });

  it("names the operation that cannot be replayed", () => {
    const broken: Operation[] = [{ op: "merge", at: 0 }, { op: "merge", at: 3 }];
    expect(() => replay(walk.initial, broken, context)).toThrow(
      expect.objectContaining({ location: { field: "operations[1]" }, reason: expect.stringContaining("there is no turn 4") }),
    );
  });
});
