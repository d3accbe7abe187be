import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { HashSet53 } from "./hash-set";

describe("HashSet53", () => {
  it("says whether each value is new exactly as a Set does, through growth and colliding slots", () => {
    const random = createRandom(7);
    // Small values, values near 2^53, and values that differ only above bit 32 (the same low half).
    const values = Array.from({ length: 20_000 }, (_, i) => {
      const kind = i % 3;
      if (kind === 0) return random.int(5_000);
      if (kind === 1) return Number.MAX_SAFE_INTEGER - random.int(5_000);
      return random.int(2_000) * 4294967296 + 12345;
    });
    const reference = new Set<number>();
    const set = new HashSet53(10);
    for (const value of values) {
      const isNew = !reference.has(value);
      reference.add(value);
      expect(set.add(value)).toBe(isNew);
    }
  });

  it("refuses what is not a 53-bit hash value", () => {
    expect(() => new HashSet53().add(-1)).toThrow(RangeError);
    expect(() => new HashSet53().add(0.5)).toThrow(RangeError);
    expect(() => new HashSet53().add(2 ** 53)).toThrow(RangeError);
  });
});
