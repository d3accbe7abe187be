import { describe, expect, it } from "vitest";
import { exportStats } from "./export-stats";
import { sampleKind } from "./sample-kind";
import { makeTrajectory, type TurnSpec } from "./test-trajectory";

const t = (turns: TurnSpec[]) => makeTrajectory({ id: "p-pos", turns });

describe("sampleKind", () => {
  it.each([
    { name: "one call", turns: [{ query: "q", calls: [["f", {}]] }], bucket: "single" },
    { name: "same function twice", turns: [{ query: "q", calls: [["f", { a: 1 }], ["f", { a: 2 }]] }], bucket: "parallel" },
    { name: "two functions", turns: [{ query: "q", calls: [["f", {}], ["g", {}]] }], bucket: "multiple" },
    { name: "two call turns", turns: [{ query: "a", calls: [["f", {}]] }, { query: "b", calls: [["g", {}]] }], bucket: "multi_turn" },
    { name: "call turn + irrelevant turn", turns: [{ query: "a", calls: [["f", {}]] }, { query: "weather?" }], bucket: "multi_turn" },
    { name: "one irrelevant turn", turns: [{ query: "weather?" }], bucket: "irrelevance" },
    { name: "two irrelevant turns", turns: [{ query: "a" }, { query: "b" }], bucket: "irrelevance" },
    { name: "miss_func only", turns: [{ kind: "miss_func", query: "a" }], bucket: "irrelevance" },
    { name: "miss_param then irrelevant", turns: [{ kind: "miss_param", query: "a" }, { query: "b" }], bucket: "irrelevance" },
  ] as { name: string; turns: TurnSpec[]; bucket: string }[])("$name → $bucket", ({ turns, bucket }) => {
    expect(sampleKind(t(turns))).toBe(bucket);
  });
});

describe("exportStats", () => {
  it("counts buckets and turn kinds over every trajectory", () => {
    const list = [t([{ query: "q", calls: [["f", {}]] }]), t([{ query: "a", calls: [["f", {}]] }, { kind: "miss_func", query: "b" }]), t([{ query: "x" }])];
    const stats = exportStats(list, { splits: { train: 3 }, formats: [] });
    expect(stats.buckets).toEqual({ single: 1, parallel: 0, multiple: 0, multi_turn: 1, irrelevance: 1 });
    expect(stats.turnKinds).toEqual({ call: 2, miss_func: 1, miss_param: 0, irrelevant: 1 });
    expect(stats.total).toBe(3);
  });
});
