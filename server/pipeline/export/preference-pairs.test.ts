import { describe, expect, it } from "vitest";
import { preferencePair } from "../schemas/preference";
import { preferencePairs } from "./preference-pairs";
import { makeTrajectory } from "./test-trajectory";

const positive = makeTrajectory({
  id: "p1-pos",
  turns: [
    { query: "first", calls: [["f", { x: 1 }]] },
    { query: "second", calls: [["g", { y: 2 }]] },
    { query: "third", calls: [["h", {}]] },
  ],
});
// Diverges in turn 1 at message 6 (its first assistant message) and makes one extra call there.
const negative = makeTrajectory({
  id: "p1-neg-a",
  polarity: "negative",
  error_type: "long_dependency_misuse",
  pair: { positive_id: "p1-pos", turn: 1, message: 6 },
  turns: [
    { query: "first", calls: [["f", { x: 1 }]] },
    { query: "second", calls: [["g", { y: 2 }]], made: [["g", { y: 3 }], ["g", { y: 2 }]] },
    { query: "third", calls: [["h", {}]] },
  ],
});
const orphan = makeTrajectory({
  id: "p2-neg-b",
  polarity: "negative",
  error_type: "wrong_summarization",
  pair: { positive_id: "p2-pos", turn: 0, message: 4 },
  turns: [{ query: "q", calls: [["f", {}]] }],
});
const unpaired = makeTrajectory({ id: "p3-neg", polarity: "negative", error_type: "x", turns: [{ query: "q", calls: [["f", {}]] }] });

describe("preferencePairs", () => {
  it("has the message ranges the slices rely on", () => {
    expect(positive.turns.map((t) => t.message_range)).toEqual([[1, 5], [5, 9], [9, 13]]);
    expect(negative.turns.map((t) => t.message_range)).toEqual([[1, 5], [5, 11], [11, 15]]);
  });

  it.each([
    { level: "turn" as const, chosen: [6, 9], rejected: [6, 11] },
    { level: "trajectory" as const, chosen: [6, 13], rejected: [6, 15] },
  ])("$level level: prompt is the shared prefix, chosen $chosen, rejected $rejected", ({ level, chosen, rejected }) => {
    const { pairs, skipped, unpaired: none } = preferencePairs([positive, negative], { level });
    expect(skipped).toEqual([]);
    expect(none).toBe(0);
    expect(pairs).toHaveLength(1);
    const pair = pairs[0]!;
    expect(preferencePair.parse(pair)).toEqual(pair);
    expect(pair).toMatchObject({ id: `p1-neg-a:${level}`, level, positive_id: "p1-pos", negative_id: "p1-neg-a", error_type: "long_dependency_misuse", turn: 1 });
    expect(pair.prompt).toEqual(positive.messages.slice(0, 6));
    expect(pair.chosen).toEqual(positive.messages.slice(chosen[0], chosen[1]));
    expect(pair.rejected).toEqual(negative.messages.slice(rejected[0], rejected[1]));
    expect(pair.tools).toEqual(positive.tools);
  });

  it("builds both levels, skips and counts pairs whose positive is missing, counts negatives without pair", () => {
    const result = preferencePairs([negative, orphan, positive, unpaired], { level: "both" });
    expect(result.pairs.map((p) => p.id)).toEqual(["p1-neg-a:turn", "p1-neg-a:trajectory"]);
    expect(result.skipped).toEqual([{ negative_id: "p2-neg-b", positive_id: "p2-pos", reason: "positive missing" }]);
    expect(result.unpaired).toBe(1);
  });

  it("skips a pair whose diverging turn does not exist", () => {
    const bad = makeTrajectory({ ...{ id: "p1-neg-c", polarity: "negative", error_type: "e" }, pair: { positive_id: "p1-pos", turn: 5, message: 6 }, turns: [{ query: "first", calls: [["f", { x: 1 }]] }] });
    const result = preferencePairs([positive, bad], { level: "both" });
    expect(result.pairs.map((p) => p.level)).toEqual(["trajectory"]);
    expect(result.skipped).toEqual([{ negative_id: "p1-neg-c", positive_id: "p1-pos", reason: "turn out of range" }]);
  });
});
