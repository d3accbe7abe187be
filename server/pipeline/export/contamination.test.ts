import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { findContamination, parseBenchmark } from "./contamination";
import { makeTrajectory } from "./test-trajectory";

const bench = [
  { id: "simple_0", question: [[{ role: "user", content: "Find the area of a triangle with a base of 10 units and height of 5 units." }]], function: [{ name: "calculate_triangle_area", parameters: { type: "dict" } }] },
  { id: "multiple_1", question: [[{ role: "user", content: "What is the capital city of France and how many people live there?" }]], function: [{ name: "get_capital" }, { name: "get_population" }] },
  { id: "multi_turn_2", question: [[{ role: "user", content: "Go to the workspace folder." }], [{ role: "user", content: "List files." }]], path: ["cd", "ls"] },
];
const benchText = bench.map((e) => JSON.stringify(e)).join("\n");

const ngramHit = makeTrajectory({
  id: "a-pos",
  turns: [{ query: "Hi! Please find the area of a triangle with a base of 10 units, thanks", calls: [["area", { b: 10 }]] }],
});
const jaccardHit = makeTrajectory({ id: "b-pos", turns: [{ query: "Please go to the workspace folder", calls: [["dir", {}]] }] });
const pathHit = makeTrajectory({
  id: "c-pos",
  turns: [
    { query: "Which city governs the country I named?", calls: [["get_capital", { c: "x" }]] },
    { query: "And its headcount?", calls: [["get_population", {}], ["get_capital", {}]] },
  ],
});
const sequenceHit = makeTrajectory({ id: "d-pos", turns: [{ query: "Open my projects", calls: [["cd", {}]] }, { query: "Show what is in there", calls: [["ls", {}]] }] });
const clean = makeTrajectory({
  id: "e-pos",
  turns: [{ query: "Compute the area of a triangle whose base is twelve and whose height is three", calls: [["calculate_triangle_area", {}], ["mean", {}]] }],
});

describe("parseBenchmark", () => {
  it("reads JSON Lines and JSON arrays", () => {
    expect(parseBenchmark(benchText).map((e) => e.id)).toEqual(["simple_0", "multiple_1", "multi_turn_2"]);
    expect(parseBenchmark(JSON.stringify(bench)).map((e) => e.id)).toEqual(["simple_0", "multiple_1", "multi_turn_2"]);
  });
  it.each([
    [`${JSON.stringify(bench[0])}\n{"id":"x","question":[[{"role":"user"}]]}`, "bench.json, record 1, field question[0][0].content"],
    [`{"id":"x","question":"hi"}`, "bench.json, record 0, field question"],
    [`{"question":[]}`, "bench.json, record 0, field id"],
    [`${JSON.stringify(bench[0])}\n{nope`, "bench.json, record 1: not valid JSON"],
  ])("names record and field of a malformed file (%#)", (text, where) => {
    expect(() => parseBenchmark(text, "bench.json")).toThrow(InvalidInput);
    expect(() => parseBenchmark(text, "bench.json")).toThrow(where);
  });
});

describe("findContamination", () => {
  const entries = parseBenchmark(benchText);
  it("reports n-gram, Jaccard and path hits, and passes a clean sample", () => {
    const result = findContamination([ngramHit, jaccardHit, pathHit, sequenceHit, clean], entries);
    expect(result.hits.map(({ sample_id, benchmark_id, reason }) => [sample_id, benchmark_id, reason])).toEqual([
      ["a-pos", "simple_0", "ngram"],
      ["a-pos", "simple_0", "jaccard"],
      ["b-pos", "multi_turn_2", "jaccard"],
      ["c-pos", "multiple_1", "path"],
      ["d-pos", "multi_turn_2", "path"],
    ]);
    expect(result.hits[0]!.detail).toBe("find the area of a triangle with a");
    expect(result.contaminated).toEqual(["a-pos", "b-pos", "c-pos", "d-pos"]);
    expect(result.kept).toHaveLength(5);
    expect(result).toMatchObject({ checked: 5, benchmarkEntries: 3 });
  });

  it("drops contaminated samples on request, and n / threshold are configurable", () => {
    expect(findContamination([ngramHit, clean], entries, { dropContaminated: true }).kept.map((t) => t.id)).toEqual(["e-pos"]);
    // With 13-grams and no Jaccard the partial copy is no longer a hit.
    expect(findContamination([ngramHit], entries, { n: 13, jaccard: 1, paths: false }).hits).toEqual([]);
  });

  it("stays fast on many samples (inverted index)", () => {
    const query = (i: number) => `please compute the value number ${i} of the triangle area for me now`;
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      ...clean,
      id: `s${i}`,
      turns: [{ ...clean.turns[0]!, query: query(i) }],
      messages: [clean.messages[0]!, { role: "user" as const, content: query(i) }, ...clean.messages.slice(2)],
    }));
    const big = Array.from({ length: 2000 }, (_, i) => ({ id: `b${i}`, question: [[{ role: "user", content: `what is the area of the triangle with base ${i} and height ${i + 1}` }]], function: [{ name: `g${i}` }, { name: "mean" }] }));
    const started = performance.now();
    const result = findContamination(many, big);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.contaminated).toEqual([]);
  });

  const simple = "/work/shared/data/bfcl_v3/BFCL_v3_simple.json";
  it.skipIf(!existsSync(simple))("flags a sample copied from a real BFCL_v3_simple question", () => {
    const entries = parseBenchmark(readFileSync(simple, "utf8"), simple);
    expect(entries.length).toBeGreaterThan(100);
    const source = entries[42]!;
    const question = source.question[0]![0]!.content;
    const copied = makeTrajectory({ id: "copy-pos", turns: [{ query: `Hey, ${question}`, calls: [["unrelated_fn", {}]] }] });
    const result = findContamination([copied, clean], entries, { paths: false });
    expect(result.contaminated).toEqual(["copy-pos"]);
    expect(result.hits.some((h) => h.benchmark_id === source.id)).toBe(true);
  });
});
