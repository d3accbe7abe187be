import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { shuffleOwnTools, shuffleTools } from "./shuffle-tools";
import { makeTrajectory } from "./test-trajectory";

const tools = Array.from({ length: 8 }, (_, i) => `fn${i}`);
const a = makeTrajectory({ id: "a-pos", tools, turns: [{ query: "q", calls: [["fn1", { x: 1 }]] }] });
const b = makeTrajectory({ id: "b-pos", tools, turns: [{ query: "q", calls: [["fn2", {}]] }] });
const names = (t: typeof a) => t.tools.map((x) => x.function.name);

describe("shuffleTools", () => {
  it("permutes the tools, deterministically per seed and id, whatever else is in the batch", () => {
    const [sa, sb] = shuffleTools([a, b], createRandom(3));
    const [alone] = shuffleTools([a], createRandom(3));
    const [reordered] = shuffleTools([b, a], createRandom(3)).slice(1);
    expect(names(sa!)).not.toEqual(tools);
    expect([...names(sa!)].sort()).toEqual(tools);
    expect(names(alone!)).toEqual(names(sa!));
    expect(names(reordered!)).toEqual(names(sa!));
    expect(names(sb!)).not.toEqual(names(sa!));
    expect(names(shuffleTools([a], createRandom(4))[0]!)).not.toEqual(names(sa!));
  });

  it("leaves messages and the input untouched", () => {
    const before = structuredClone(a);
    const [shuffled] = shuffleTools([a], createRandom(3));
    expect(shuffled!.messages).toEqual(before.messages);
    expect({ ...shuffled!, tools: before.tools }).toEqual(before);
    expect(a).toEqual(before);
  });
});

describe("shuffleOwnTools", () => {
  it("gives the order shuffleTools gives, in the record's own array", () => {
    const own = structuredClone(a);
    const toolsBefore = own.tools;
    expect(shuffleOwnTools(own, createRandom(3))).toBe(own);
    expect(own.tools).toBe(toolsBefore);
    expect(names(own)).toEqual(names(shuffleTools([a], createRandom(3))[0]!));
  });
});
