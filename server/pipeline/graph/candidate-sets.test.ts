import { describe, expect, it } from "vitest";
import { syntheticCatalog } from "../../../bench/graph/synthetic-catalog";
import { createRandom } from "../random";
import { candidateSets } from "./candidate-sets";
import { testCatalog } from "./test-catalog";

describe("candidateSets", () => {
  // 2,400 functions: about 120 toolkits, so each of the 50 categories holds several.
  const { functions } = syntheticCatalog(2400, 3);
  const byId = new Map(functions.map((spec) => [spec.id, spec]));

  it.each([5, 12, 30])("holds at most %i known functions per function, never itself", (size) => {
    const sets = candidateSets(functions, { candidates: size, random: createRandom(1) });
    expect(sets.size).toBe(functions.length);
    for (const [id, set] of sets) {
      expect(set.length).toBeLessThanOrEqual(size);
      expect(set).not.toContain(id);
      expect(new Set(set).size).toBe(set.length);
      for (const other of set) expect(byId.has(other)).toBe(true);
    }
  });

  it("fills the set with the toolkit first, then the category, keeping room for other categories", () => {
    const sets = candidateSets(functions, { candidates: 30, random: createRandom(1) });
    const first = functions[0];
    const set = sets.get(first?.id ?? "") ?? [];
    const toolkitSize = functions.filter((spec) => spec.toolkit === first?.toolkit).length - 1;
    const fromToolkit = set.filter((id) => byId.get(id)?.toolkit === first?.toolkit).length;
    expect(fromToolkit).toBe(Math.min(toolkitSize, 30));
    expect(set.length).toBe(30);
    expect(set.some((id) => byId.get(id)?.category === first?.category && byId.get(id)?.toolkit !== first?.toolkit)).toBe(true);
  });

  it("ranks functions that share rare terms before others of the category", () => {
    const sets = candidateSets(testCatalog, { candidates: 3, random: createRandom(1) });
    expect(sets.get("get_weather")).toContain("get_airport_code");
  });

  it("depends on the seed, not on the order of the functions", () => {
    const sets = (seed: number, order: typeof functions) =>
      JSON.stringify([...candidateSets(order, { candidates: 10, random: createRandom(seed) })].sort());
    expect(sets(1, [...functions].reverse())).toBe(sets(1, functions));
    expect(sets(2, functions)).not.toBe(sets(1, functions));
  });
});
