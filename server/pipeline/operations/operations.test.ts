import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import type { FunctionPath, Operation } from "../schemas/path";
import { applyOperation, validateOp } from "./apply";
import { checkPath } from "./check-path";
import { undo } from "./history";
import { applyInsert } from "./insert";
import { applyIrrelevance } from "./irrelevance";
import { applyMerge } from "./merge";
import { applySplit } from "./split";
import { handContext as context, show, walkPath } from "./test-fixtures";

/** The walk a → b → c → d → e with `setup` applied. */
function pathAfter(setup: readonly Operation[]): FunctionPath {
  return setup.reduce((path, op) => applyOperation(path, op, context), walkPath(["a", "b", "c", "d", "e"]));
}

/** Each op through its own function, as the studio calls them. */
function applyOwn(path: FunctionPath, op: Operation): FunctionPath {
  switch (op.op) {
    case "merge":
      return applyMerge(path, op, context);
    case "insert":
      return applyInsert(path, op, context);
    case "split":
      return applySplit(path, op, context);
    case "irrelevance":
      return applyIrrelevance(path, op);
  }
}

interface Case {
  name: string;
  setup?: Operation[];
  op: Operation;
  /** Expected turns (see show) when the op is valid. */
  turns?: string[];
  /** Expected part of the reason when it is not. */
  reason?: string;
}

const splitC: Operation = { op: "split", at: 2, label: "miss_func", function: "c" };

const cases: Record<string, Case[]> = {
  merge: [
    { name: "first pair", op: { op: "merge", at: 0 }, turns: ["a+b", "c", "d", "e"] },
    { name: "last pair", op: { op: "merge", at: 3 }, turns: ["a", "b", "c", "d+e"] },
    { name: "a merged turn again, along the chain", setup: [{ op: "merge", at: 0 }], op: { op: "merge", at: 0 }, turns: ["a+b+c", "d", "e"] },
    {
      name: "keeps implicit calls in order",
      setup: [{ op: "insert", function: "m", after: 2, mode: "same_turn" }],
      op: { op: "merge", at: 1 },
      turns: ["a", "b+c+m*", "d", "e"],
    },
    { name: "past the end", op: { op: "merge", at: 4 }, reason: "there is no turn 5 (the path has 5 turns)" },
    { name: "negative index", op: { op: "merge", at: -1 }, reason: "there is no turn -1" },
    { name: "into a miss turn", setup: [splitC], op: { op: "merge", at: 1 }, reason: "turn 2 is a miss_func turn, not a call turn" },
    { name: "a miss turn", setup: [splitC], op: { op: "merge", at: 2 }, reason: "turn 2 is a miss_func turn, not a call turn" },
    {
      name: "an irrelevant turn",
      setup: [{ op: "irrelevance", at: 2 }],
      op: { op: "merge", at: 1 },
      reason: "turn 2 is an irrelevant turn, not a call turn",
    },
    {
      name: "no edge between the turns",
      setup: [{ op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 }],
      op: { op: "merge", at: 3 },
      reason: "m → d is not an edge of the graph",
    },
  ],
  insert: [
    { name: "same turn", op: { op: "insert", function: "m", after: 1, mode: "same_turn" }, turns: ["a", "b+m*", "c", "d", "e"] },
    { name: "same turn, last turn", op: { op: "insert", function: "z", after: 4, mode: "same_turn" }, turns: ["a", "b", "c", "d", "e+z*"] },
    {
      name: "later turn (long dependency)",
      op: { op: "insert", function: "m", after: 1, mode: "later_turn", at: 3 },
      turns: ["a", "b", "c", "d", "m", "e"],
    },
    {
      name: "after an inserted function",
      setup: [{ op: "insert", function: "m", after: 1, mode: "same_turn" }],
      op: { op: "insert", function: "n", after: 1, mode: "same_turn" },
      turns: ["a", "b+m*+n*", "c", "d", "e"],
    },
    {
      name: "depends on the last function of a merged turn",
      setup: [{ op: "merge", at: 1 }],
      op: { op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 },
      turns: ["a", "b+c", "d", "m", "e"],
    },
    { name: "not a neighbour", op: { op: "insert", function: "m", after: 0, mode: "same_turn" }, reason: "not a nested out-neighbour of a" },
    { name: "a neighbour but not nested", op: { op: "insert", function: "c", after: 1, mode: "same_turn" }, reason: "not a nested out-neighbour of b" },
    { name: "unknown function", op: { op: "insert", function: "q", after: 1, mode: "same_turn" }, reason: "q: it is not a function of the graph" },
    { name: "no such turn", op: { op: "insert", function: "m", after: 9, mode: "same_turn" }, reason: "there is no turn 9" },
    { name: "same turn with at", op: { op: "insert", function: "m", after: 1, mode: "same_turn", at: 2 }, reason: 'takes no "at"' },
    { name: "later turn without at", op: { op: "insert", function: "m", after: 1, mode: "later_turn" }, reason: 'needs "at"' },
    {
      name: "later turn not later",
      op: { op: "insert", function: "m", after: 1, mode: "later_turn", at: 1 },
      reason: "must be a later turn than 1 (2 to 4)",
    },
    { name: "later turn after the last turn", op: { op: "insert", function: "z", after: 4, mode: "later_turn", at: 5 }, reason: "turn 4 is the last turn" },
    {
      name: "already called",
      setup: [{ op: "insert", function: "m", after: 1, mode: "same_turn" }],
      op: { op: "insert", function: "m", after: 2, mode: "same_turn" },
      reason: "turn 1 already calls it",
    },
    {
      name: "between a miss turn and its call",
      setup: [{ op: "split", at: 3, label: "miss_func", function: "d" }],
      op: { op: "insert", function: "m", after: 1, mode: "later_turn", at: 3 },
      reason: "that miss_func turn must be followed by the call that supplies d",
    },
    {
      name: "after a miss turn",
      setup: [{ op: "split", at: 2, label: "miss_func", function: "c" }],
      op: { op: "insert", function: "m", after: 2, mode: "same_turn" },
      reason: "turn 2 is a miss_func turn, not a call turn",
    },
  ],
  split: [
    { name: "miss_func", op: splitC, turns: ["a", "b", "miss_func(c)", "c", "d", "e"] },
    {
      name: "miss_param",
      op: { op: "split", at: 3, label: "miss_param", function: "d", parameter: "unit" },
      turns: ["a", "b", "c", "miss_param(d.unit)", "d", "e"],
    },
    {
      name: "one function of a merged turn",
      setup: [{ op: "merge", at: 0 }],
      op: { op: "split", at: 0, label: "miss_func", function: "b" },
      turns: ["miss_func(b)", "a+b", "c", "d", "e"],
    },
    {
      name: "no required parameter",
      op: { op: "split", at: 0, label: "miss_param", function: "a", parameter: "p" },
      reason: "a has no required parameter to leave out",
    },
    { name: "miss_param without parameter", op: { op: "split", at: 2, label: "miss_param", function: "c" }, reason: "(city)" },
    {
      name: "not a required parameter",
      op: { op: "split", at: 3, label: "miss_param", function: "d", parameter: "city" },
      reason: "city is not a required parameter of d (required: date, unit)",
    },
    { name: "miss_func with parameter", op: { op: "split", at: 2, label: "miss_func", function: "c", parameter: "city" }, reason: "takes no parameter" },
    { name: "function not in the turn", op: { op: "split", at: 2, label: "miss_func", function: "d" }, reason: "the turn calls c" },
    { name: "split twice", setup: [splitC], op: { op: "split", at: 3, label: "miss_func", function: "c" }, reason: "already split (turn 2 withholds c)" },
    { name: "a miss turn", setup: [splitC], op: { op: "split", at: 2, label: "miss_func", function: "c" }, reason: "turn 2 is a miss_func turn" },
    { name: "no such turn", op: { op: "split", at: 5, label: "miss_func", function: "c" }, reason: "there is no turn 5" },
  ],
  irrelevance: [
    { name: "first", op: { op: "irrelevance", at: 0 }, turns: ["irrelevant", "a", "b", "c", "d", "e"] },
    { name: "last", op: { op: "irrelevance", at: 5 }, turns: ["a", "b", "c", "d", "e", "irrelevant"] },
    { name: "before a miss turn", setup: [splitC], op: { op: "irrelevance", at: 2 }, turns: ["a", "b", "irrelevant", "miss_func(c)", "c", "d", "e"] },
    { name: "past the end", op: { op: "irrelevance", at: 6 }, reason: "positions run from 0 to 5" },
    { name: "negative", op: { op: "irrelevance", at: -1 }, reason: "positions run from 0 to 5" },
    { name: "between a miss turn and its call", setup: [splitC], op: { op: "irrelevance", at: 3 }, reason: "the miss_func turn 2 must be followed by the call that supplies c" },
    { name: "before another", setup: [{ op: "irrelevance", at: 2 }], op: { op: "irrelevance", at: 2 }, reason: "already next to it" },
    { name: "after another", setup: [{ op: "irrelevance", at: 2 }], op: { op: "irrelevance", at: 3 }, reason: "already next to it" },
  ],
};

describe.each(Object.entries(cases))("%s", (_, table) => {
  const valid = table.filter((c) => c.turns !== undefined);
  const invalid = table.filter((c) => c.reason !== undefined);

  it.each(valid)("$name", ({ setup = [], op, turns }) => {
    const before = pathAfter(setup);
    expect(validateOp(before, op, context)).toBeNull();
    const after = applyOwn(before, op);
    expect(show(after)).toEqual(turns);
    expect(after.operations).toEqual([...setup, op]);
    expect(after.initial).toEqual(before.initial);
    expect(checkPath(after, context)).toEqual([]);
    expect(undo(after, context)).toEqual({ path: before, undone: op });
    expect(applyOperation(before, op, context)).toEqual(after);
  });

  it.each(invalid)("refuses $name", ({ setup = [], op, reason = "" }) => {
    const before = pathAfter(setup);
    const problem = validateOp(before, op, context);
    expect(problem).toContain(reason);
    expect(() => applyOwn(before, op)).toThrow(new InvalidInput(problem ?? ""));
    expect(() => applyOperation(before, op, context)).toThrow(InvalidInput);
  });
});

describe("operations are pure", () => {
  it("leaves the input path untouched", () => {
    const before = pathAfter([{ op: "merge", at: 0 }]);
    const snapshot = structuredClone(before);
    for (const op of [
      { op: "merge", at: 0 },
      { op: "insert", function: "m", after: 0, mode: "same_turn" },
      { op: "insert", function: "m", after: 0, mode: "later_turn", at: 2 },
      { op: "split", at: 1, label: "miss_param", function: "c", parameter: "city" },
      { op: "irrelevance", at: 1 },
    ] satisfies Operation[]) {
      applyOperation(before, op, context);
    }
    expect(before).toEqual(snapshot);
  });
});
