import { describe, expect, it } from "vitest";
import { applyOperation, canMerge, insertCandidates, splitCandidates } from "@/server/pipeline/operations";
import { handContext, walkPath } from "@/server/pipeline/operations/test-fixtures";
import { calledFunctions } from "./describe";
import { choicesByTurn, edgeLookup, groupInserts, linkPlaces, linksByTurn, mergeBlockReason, noInsertReason, noSplitReason } from "./choices";
import type { InsertOp, PathLink, Turn } from "./types";

const call = (...functions: string[]): Turn => ({ kind: "call", functions });

describe("choicesByTurn", () => {
  it("gives each lane its merge flag, inserts (by after) and splits (by at)", () => {
    const lanes = choicesByTurn(
      {
        merge: [0, 2, 7],
        insert: [
          { op: "insert", function: "m", after: 1, mode: "same_turn" },
          { op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 },
          { op: "insert", function: "z", after: 9, mode: "same_turn" },
        ],
        split: [{ op: "split", at: 2, label: "miss_func", function: "c" }],
      },
      3,
    );
    expect(lanes.map((l) => l.mergeWithNext)).toEqual([true, false, false]);
    expect(lanes.map((l) => l.inserts.length)).toEqual([0, 2, 0]);
    expect(lanes.map((l) => l.splits.length)).toEqual([0, 0, 1]);
  });
});

describe("groupInserts", () => {
  it("groups per function, same turn apart from the later positions", () => {
    const ops: InsertOp[] = [
      { op: "insert", function: "m", after: 1, mode: "same_turn" },
      { op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 },
      { op: "insert", function: "m", after: 1, mode: "later_turn", at: 3 },
      { op: "insert", function: "k", after: 1, mode: "later_turn", at: 3 },
    ];
    expect(groupInserts(ops)).toEqual([
      { function: "m", sameTurn: ops[0], later: [ops[1], ops[2]] },
      { function: "k", later: [ops[3]] },
    ]);
  });
});

describe("linkPlaces", () => {
  it("puts a link before the turn of its target, or between the chips of one turn", () => {
    const turns: Turn[] = [
      call("a", "b"),
      { kind: "miss_func", functions: [], withheld: { function: "c" } },
      call("c"),
      { kind: "irrelevant", functions: [] },
      call("d", "m", "n"),
    ];
    expect(linkPlaces(turns)).toEqual([
      { link: 0, turn: 0, position: 1 },
      { link: 1, turn: 2, position: 0 },
      { link: 2, turn: 4, position: 0 },
      { link: 3, turn: 4, position: 1 },
      { link: 4, turn: 4, position: 2 },
    ]);
    expect(linkPlaces(turns)).toHaveLength(calledFunctions(turns).length - 1);
    const links: PathLink[] = calledFunctions(turns)
      .slice(1)
      .map((target, i) => ({ source: calledFunctions(turns)[i] ?? "", target, edge: null }));
    const { inside, before } = linksByTurn(turns, links);
    expect([...before]).toEqual([
      [2, 1],
      [4, 2],
    ]);
    expect([...(inside.get(4) ?? [])]).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect([...(inside.get(0) ?? [])]).toEqual([[1, 0]]);
  });

  it("has no link for a path of one call", () => {
    expect(linkPlaces([call("a")])).toEqual([]);
  });
});

describe("reasons for what is not offered", () => {
  it("explains merges the operations refuse, turn by turn", () => {
    const split = applyOperation(walkPath(["a", "b", "c", "d"]), { op: "split", at: 2, label: "miss_param", function: "c", parameter: "city" }, handContext);
    const hasEdge = (u: string, v: string) => handContext.index.hasEdge(u, v);
    const turns = split.turns;
    for (let at = 0; at + 1 < turns.length; at++) {
      if (canMerge(split, at, handContext)) continue;
      expect(mergeBlockReason(turns, at, hasEdge)).toMatch(/^merging these turns would /);
    }
    expect(mergeBlockReason(turns, 1, hasEdge)).toBe(
      "merging these turns would join turn 2, a miss_param turn that must stay on its own right before the call that supplies c",
    );
    expect(mergeBlockReason([...turns, { kind: "irrelevant", functions: [] }], 4, hasEdge)).toBe("merging these turns would join turn 5, an irrelevant turn that calls nothing");
    expect(canMerge(split, 3, handContext)).toBe(true);
    expect(mergeBlockReason(turns, 4, hasEdge)).toContain("needs a turn after turn 4");
  });

  it("names the missing edge when two calls cannot merge", () => {
    const turns = [call("a"), call("d")];
    expect(mergeBlockReason(turns, 0, () => false)).toBe(
      "merging these turns would ask for d in the same query as a, but a → d is not an edge of the graph, so d cannot use a's output",
    );
  });

  it("builds hasEdge from the links of a draft", () => {
    const hasEdge = edgeLookup([
      { source: "a", target: "b", edge: null },
      { source: "b", target: "c", edge: { source: "b", target: "c", kind: "premise", weight: 1, nested: false, evidence: { fields: [], terms: [] }, origin: "auto" } },
    ]);
    expect(hasEdge("b", "c")).toBe(true);
    expect(hasEdge("a", "b")).toBe(false);
  });

  it("explains empty insert and split menus", () => {
    const path = applyOperation(walkPath(["a", "c", "d"]), { op: "split", at: 1, label: "miss_func", function: "c" }, handContext);
    // turn 0 calls a: a has no nested neighbour
    expect(insertCandidates(path, 0, handContext)).toEqual([]);
    expect(noInsertReason(path.turns, 0)).toBe("the graph suggests no nested neighbour of a that the path does not call yet");
    expect(noInsertReason(path.turns, 1)).toContain("miss_func turn: only a call turn");
    expect(splitCandidates(path, 2, handContext)).toEqual([]);
    expect(noSplitReason(path.turns, 2)).toBe("turn 2 is already split: turn 1 withholds c");
    expect(noSplitReason(path.turns, 1)).toBe("turn 1 is a miss_func turn: only call turns split");
    expect(noSplitReason([{ kind: "irrelevant", functions: [] }], 0)).toBe("turn 0 is an irrelevant turn: only call turns split");
  });
});
