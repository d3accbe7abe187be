import { describe, expect, it } from "vitest";
import { dedupeKey, dedupeKeyHash, dedupeTrajectories, normalizeQuery } from "./dedupe";
import { hash53 } from "./hash";
import { makeTrajectory } from "./test-trajectory";

describe("normalizeQuery", () => {
  it.each([
    ["  Move  'file.txt' to Docs!\n", "move file txt to docs"],
    ["Buy 3 items, then 42.", "buy 3 items then 42"],
  ])("%j → %j", (input, want) => expect(normalizeQuery(input)).toBe(want));
});

describe("dedupeTrajectories", () => {
  const base = makeTrajectory({ id: "a-pos", turns: [{ query: "Move file.txt to docs", calls: [["mv", { source: "file.txt", destination: "docs" }]] }] });
  it("removes whitespace/case/punctuation variants with the same calls, keeps the first", () => {
    const variant = makeTrajectory({ id: "b-pos", turns: [{ query: "  move FILE txt   to docs. ", calls: [["mv", { destination: "docs", source: "file.txt" }]] }] });
    const otherArgs = makeTrajectory({ id: "c-pos", turns: [{ query: "Move file.txt to docs", calls: [["mv", { source: "file.txt", destination: "tmp" }]] }] });
    const otherDigits = makeTrajectory({ id: "d-pos", turns: [{ query: "Move file2.txt to docs", calls: [["mv", { source: "file.txt", destination: "docs" }]] }] });
    const negative = makeTrajectory({ id: "a-neg", polarity: "negative", error_type: "wrong_summarization", turns: [{ query: "Move file.txt to docs", calls: [["mv", { source: "file.txt", destination: "docs" }]] }] });
    const variant2 = makeTrajectory({ id: "e-pos", turns: [{ query: "MOVE file.txt to docs", calls: [["mv", { source: "file.txt", destination: "docs" }]] }] });
    const { kept, removed } = dedupeTrajectories([base, variant, otherArgs, otherDigits, negative, variant2]);
    expect(kept.map((t) => t.id)).toEqual(["a-pos", "c-pos", "d-pos", "a-neg"]);
    expect(removed).toEqual([
      { id: "b-pos", duplicate_of: "a-pos" },
      { id: "e-pos", duplicate_of: "a-pos" },
    ]);
  });
  it("compares every turn", () => {
    const twoTurns = makeTrajectory({ id: "f-pos", turns: [{ query: "Move file.txt to docs", calls: [["mv", { source: "file.txt", destination: "docs" }]] }, { query: "now list", calls: [["ls", {}]] }] });
    expect(dedupeTrajectories([base, twoTurns]).removed).toEqual([]);
  });
});

describe("dedupeKeyHash", () => {
  it.each([
    ["ASCII with punctuation, runs of spaces and controls", "  Move  'file.txt' to Docs!\n\u0001x", { b: [1, { d: 2, c: "é" }], a: 1.5 }],
    ["Unicode letters and spaces", "Ünïcode\u00a0— “quoted” 東京", { "10": 1, "9": 2, z: null }],
    ["empty query, canonical arguments", "", { a: "x", b: true }],
    ["a long query, quotes and backslashes in the arguments", `${"Find the file, then ".repeat(120)}stop.`, { q: 'say "hi" \\ now', a: [2, 1] }],
  ])("is the hash of the key built in full: %s", (_, query, args) => {
    const t = makeTrajectory({ id: "p", turns: [{ query, calls: [["f", args]] }, { query: "then LIST", calls: [["ls", {}]] }] });
    expect(dedupeKeyHash(t)).toBe(hash53(dedupeKey(t)));
    const negative = { ...t, polarity: "negative" as const, error_type: "wrong_arguments" };
    expect(dedupeKeyHash(negative)).toBe(hash53(dedupeKey(negative)));
  });
});
