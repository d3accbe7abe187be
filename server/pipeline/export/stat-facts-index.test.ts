import { describe, expect, it } from "vitest";
import { statFacts, statFactsKey } from "./export-stats";
import { StatFactsIndex } from "./stat-facts-index";
import { makeTrajectory } from "./test-trajectory";

describe("StatFactsIndex", () => {
  it("gives equal facts (equal statFactsKey) one index, in first-seen order", () => {
    const one = makeTrajectory({ id: "a", turns: [{ query: "q", calls: [["f", {}]] }] });
    const same = makeTrajectory({ id: "b", turns: [{ query: "other", calls: [["g", { x: 1 }]] }] });
    const failed = makeTrajectory({ id: "c", turns: [{ query: "q", calls: [["f", {}]] }], checks: { schema: false } });
    const negative = makeTrajectory({ id: "d", polarity: "negative", error_type: "wrong_arguments", turns: [{ query: "q", calls: [["f", {}]] }] });
    const facts = [one, same, failed, negative, failed].map(statFacts);
    const index = new StatFactsIndex();
    const at = facts.map((f) => index.indexOf(f));
    expect(statFactsKey(facts[0]!)).toBe(statFactsKey(facts[1]!));
    expect(at).toEqual([0, 0, 1, 2, 1]);
    expect(index.stats.map(statFactsKey)).toEqual([facts[0], facts[2], facts[3]].map((f) => statFactsKey(f!)));
  });
});
