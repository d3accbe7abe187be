import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import type { Trajectory } from "../schemas/trajectory";
import { splitTrajectories } from "./split";
import { makeTrajectory } from "./test-trajectory";

// 200 paths, each a positive and 0–3 negatives paired with it.
const data: Trajectory[] = [];
for (let p = 0; p < 200; p++) {
  data.push(makeTrajectory({ id: `p${p}-pos`, turns: [{ query: `q${p}`, calls: [["f", {}]] }] }));
  for (let n = 0; n < p % 4; n++)
    data.push(
      makeTrajectory({ id: `p${p}-neg${n}`, polarity: "negative", error_type: "e", pair: { positive_id: `p${p}-pos`, turn: 0, message: 2 }, turns: [{ query: `q${p}`, calls: [["f", {}]] }] }),
    );
}

describe("splitTrajectories", () => {
  it("is deterministic per seed and covers every sample once", () => {
    const a = splitTrajectories(data, { ratio: 0.9, random: createRandom(5) });
    const b = splitTrajectories(data, { ratio: 0.9, random: createRandom(5) });
    const c = splitTrajectories(data, { ratio: 0.9, random: createRandom(6) });
    expect(a.validation.map((t) => t.id)).toEqual(b.validation.map((t) => t.id));
    expect(a.validation.map((t) => t.id)).not.toEqual(c.validation.map((t) => t.id));
    expect(a.train.length + a.validation.length).toBe(data.length);
    expect(new Set([...a.train, ...a.validation].map((t) => t.id)).size).toBe(data.length);
  });

  it.each([0.95, 0.9, 0.5])("ratio %d is met within one group (≤ 4 samples)", (ratio) => {
    const { train } = splitTrajectories(data, { ratio, random: createRandom(1) });
    expect(Math.abs(train.length - ratio * data.length)).toBeLessThanOrEqual(4);
  });

  it("never splits a path: a positive and its negatives land together", () => {
    const { train, validation } = splitTrajectories(data, { ratio: 0.5, random: createRandom(2) });
    const trainPaths = new Set(train.map((t) => t.path_id));
    expect(validation.some((t) => trainPaths.has(t.path_id))).toBe(false);
  });

  it("keeps a negative with its positive even when their path ids differ", () => {
    const pos = makeTrajectory({ id: "x-pos", path_id: "x", turns: [{ query: "q", calls: [["f", {}]] }] });
    const negs = Array.from({ length: 20 }, (_, i) =>
      makeTrajectory({ id: `y${i}-neg`, path_id: `y${i}`, polarity: "negative", error_type: "e", pair: { positive_id: "x-pos", turn: 0, message: 2 }, turns: [{ query: "q", calls: [["f", {}]] }] }),
    );
    for (let seed = 0; seed < 5; seed++) {
      const { train, validation } = splitTrajectories([pos, ...negs, ...data.slice(0, 40)], { ratio: 0.5, random: createRandom(seed) });
      const side = train.some((t) => t.id === "x-pos") ? train : validation;
      expect(negs.every((n) => side.includes(n))).toBe(true);
    }
  });

  it("rejects a ratio outside [0, 1]", () => {
    expect(() => splitTrajectories(data, { ratio: 1.5, random: createRandom(1) })).toThrow(/not in \[0, 1\]/);
  });
});
