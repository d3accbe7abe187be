import { describe, expect, it } from "vitest";
import type { GraphEdge } from "./types";
import { describeEdge, describeOperation, formatShare, insertLabel, operationKey, splitLabel, summarizePath } from "./describe";

const edge = (over: Partial<GraphEdge> = {}): GraphEdge => ({
  source: "find_file",
  target: "read_file",
  kind: "exact_input",
  weight: 0.8,
  nested: false,
  evidence: { fields: [], terms: [] },
  origin: "auto",
  ...over,
});

describe("describeOperation", () => {
  it("reads each operation as the history shows it", () => {
    expect(describeOperation({ op: "merge", at: 1 })).toBe("merge turns 1+2");
    expect(describeOperation({ op: "insert", function: "get_x", after: 0, mode: "same_turn" })).toBe("insert get_x after turn 0 (same turn)");
    expect(describeOperation({ op: "insert", function: "get_x", after: 0, mode: "later_turn", at: 2 })).toBe(
      "insert get_x after turn 0 (later turn, placed after turn 2)",
    );
    expect(describeOperation({ op: "split", at: 2, label: "miss_param", function: "f", parameter: "city" })).toBe("split turn 2: miss_param f.city");
    expect(describeOperation({ op: "split", at: 0, label: "miss_func", function: "f" })).toBe("split turn 0: miss_func f");
    expect(describeOperation({ op: "irrelevance", at: 3 })).toBe("irrelevant turn at 3");
  });

  it("labels menu choices", () => {
    expect(splitLabel({ label: "miss_func", function: "f" })).toBe("miss_func f");
    expect(splitLabel({ label: "miss_param", function: "f", parameter: "p" })).toBe("miss_param f.p");
    expect(insertLabel({ op: "insert", function: "m", after: 1, mode: "same_turn" })).toBe("m · same turn (into turn 1)");
    expect(insertLabel({ op: "insert", function: "m", after: 1, mode: "later_turn", at: 3 })).toBe("m · later turn (new turn after turn 3)");
  });

  it("keys operations by what they do", () => {
    const a = operationKey({ op: "insert", function: "m", after: 1, mode: "later_turn", at: 2 });
    expect(a).toBe(operationKey({ at: 2, mode: "later_turn", after: 1, function: "m", op: "insert" }));
    expect(a).not.toBe(operationKey({ op: "insert", function: "m", after: 1, mode: "later_turn", at: 3 }));
    expect(operationKey({ op: "split", at: 0, label: "miss_param", function: "f", parameter: "a" })).not.toBe(
      operationKey({ op: "split", at: 0, label: "miss_param", function: "f", parameter: "b" }),
    );
    expect(operationKey({ op: "merge", at: 0 })).not.toBe(operationKey({ op: "irrelevance", at: 0 }));
  });
});

describe("summarizePath", () => {
  it("shows the turns compactly and counts operations by kind", () => {
    const summary = summarizePath({
      turns: [
        { kind: "call", functions: ["a", "m"], implicit: ["m"] },
        { kind: "miss_param", functions: [], withheld: { function: "c", parameter: "city" } },
        { kind: "call", functions: ["c"] },
        { kind: "irrelevant", functions: [] },
        { kind: "miss_func", functions: [], withheld: { function: "d" } },
        { kind: "call", functions: ["d"] },
      ],
      operations: [
        { op: "split", at: 1, label: "miss_param", function: "c", parameter: "city" },
        { op: "insert", function: "m", after: 0, mode: "same_turn" },
        { op: "irrelevance", at: 3 },
        { op: "split", at: 4, label: "miss_func", function: "d" },
      ],
    });
    expect(summary).toEqual({
      turns: 6,
      calls: 4,
      shape: "a+m → ?c.city → c → ∅ → ?d → d",
      operations: "insert, split ×2, irrelevance",
    });
  });

  it("says when a path has no operation", () => {
    expect(summarizePath({ turns: [{ kind: "call", functions: ["a"] }], operations: [] }).operations).toBe("no operations");
  });
});

describe("describeEdge", () => {
  it("prefers the free-text reason, then matched fields, then shared terms", () => {
    expect(describeEdge("u", "v", edge({ evidence: { fields: [{ output: "id", parameter: "file_id", score: 0.9 }], terms: ["file"], reason: "reads what find found" } })).summary).toBe(
      "reads what find found",
    );
    expect(describeEdge("u", "v", edge({ evidence: { fields: [{ output: "results[].path", parameter: "file_path", score: 0.9 }], terms: ["file"] } })).summary).toBe(
      "results[].path → file_path",
    );
    expect(describeEdge("u", "v", edge({ evidence: { fields: [], terms: ["file", "path"] } })).summary).toBe("shared terms: file, path");
    expect(describeEdge("u", "v", edge({ kind: "partial_input" })).summary).toBe("partial input");
  });

  it("puts the whole evidence in the detail", () => {
    const { detail } = describeEdge("u", "v", edge({ nested: true, evidence: { fields: [{ output: "id", parameter: "x", score: 0.5 }], terms: ["t"], reason: "r" } }));
    expect(detail).toContain("u → v: exact input, nested, weight 0.80 (auto)");
    expect(detail).toContain("reason: r");
    expect(detail).toContain("fields: id → x (0.50)");
    expect(detail).toContain("terms: t");
  });

  it("explains a pair of calls with no edge", () => {
    expect(describeEdge("u", "v", null)).toEqual({
      summary: "no direct edge",
      detail: "u → v is not an edge of the graph: v takes its input from an earlier turn",
    });
  });
});

describe("formatShare", () => {
  it("formats covered over total with a percentage", () => {
    expect(formatShare({ covered: 3, total: 8 })).toBe("3 / 8 (37.5 %)");
    expect(formatShare({ covered: 0, total: 0 })).toBe("0 / 0 (0 %)");
    expect(formatShare({ covered: 4, total: 4 })).toBe("4 / 4 (100 %)");
  });
});
