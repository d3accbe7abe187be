import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { datasetCard, sizeCategory } from "./dataset-card";
import { exportStats } from "./export-stats";
import { applyMixture } from "./mixture";
import { sampleKind } from "./sample-kind";
import { makeTrajectory } from "./test-trajectory";

/** The YAML block between the first two `---` lines: top-level keys, and the `- item` lines of each key. */
function frontMatter(card: string): Record<string, string[]> {
  const lines = card.split("\n");
  expect(lines[0]).toBe("---");
  const end = lines.indexOf("---", 1);
  expect(end).toBeGreaterThan(1);
  const keys: Record<string, string[]> = {};
  let current = "";
  for (const line of lines.slice(1, end)) {
    const top = /^([a-z_]+):(.*)$/.exec(line);
    if (top) {
      current = top[1]!;
      keys[current] = top[2]!.trim() ? [top[2]!.trim()] : [];
    } else {
      expect(line, `line inside key ${current}`).toMatch(/^(- |  )/);
      keys[current]!.push(line.trim());
    }
  }
  return keys;
}

const pos = makeTrajectory({ id: "a-pos", turns: [{ query: "q", calls: [["f", {}]] }, { kind: "miss_func", query: "r" }], operations: [{ op: "split", at: 1, label: "miss_func", function: "g" }], checks: { schema: true, judge: true } });
const neg = makeTrajectory({ id: "a-neg", polarity: "negative", error_type: "wrong_summarization", turns: [{ query: "q", calls: [["f", {}]] }], operations: [{ op: "merge", at: 0 }], checks: { schema: true, judge: false } });
const neg2 = makeTrajectory({ id: "b-neg", polarity: "negative", error_type: "wrong_summarization", turns: [{ query: "weather?" }], operations: [{ op: "merge", at: 0 }, { op: "irrelevance", at: 0 }], checks: { schema: false } });

describe("sizeCategory", () => {
  it.each([
    [0, "n<1K"],
    [999, "n<1K"],
    [1000, "1K<n<10K"],
    [250_000, "100K<n<1M"],
  ])("%d → %s", (n, want) => expect(sizeCategory(n)).toBe(want));
});

describe("exportStats + datasetCard", () => {
  const all = [pos, neg, neg2];
  const mixture = applyMixture(all, undefined, { bucketOf: sampleKind, random: createRandom(1) });
  const stats = exportStats(all, {
    name: "magnet-demo",
    license: "apache-2.0",
    splits: { train: 2, validation: 1 },
    formats: [
      { name: "openai", files: [{ split: "train", path: "openai/train.jsonl" }, { split: "validation", path: "openai/validation.jsonl" }] },
      { name: "trl", files: [{ split: "train", path: "trl/train.jsonl" }] },
    ],
    catalogs: ["bfcl_v3/multi_turn_func_doc"],
    mixture: { requested: mixture.requested, achieved: mixture.achieved, short: mixture.short },
    dedupe: { removed: 7 },
    contamination: { benchmark: "BFCL_v3_simple.json", checked: 10, contaminated: 2, dropped: true, byReason: { ngram: 1, path: 1 } },
    preferencePairs: { built: 2, skipped: 1 },
    notes: ["offline teacher: template text"],
  });

  it("computes the numbers from the trajectories", () => {
    expect(stats).toMatchObject({
      total: 3,
      splits: { train: 2, validation: 1 },
      polarity: { positive: 1, negative: 2 },
      turnKinds: { call: 2, miss_func: 1, miss_param: 0, irrelevant: 1 },
      buckets: { multi_turn: 1, single: 1, irrelevance: 1, parallel: 0, multiple: 0 },
      errorTypes: { wrong_summarization: 2 },
      teachers: { "offline/magnet-offline-1": 3 },
      operations: { merge: 2, split: 1, irrelevance: 1 },
      checks: { schema: { passed: 2, failed: 1 }, judge: { passed: 1, failed: 1 } },
      prompts: { "distill_positive@1": ["abc123"] },
      seeds: [1],
    });
  });

  const card = datasetCard(stats);
  it("has hub-readable YAML front matter", () => {
    const yaml = frontMatter(card);
    expect(yaml.license).toEqual(["apache-2.0"]);
    expect(yaml.task_categories).toEqual(["- text-generation"]);
    expect(yaml.language).toEqual(["- en"]);
    expect(yaml.tags).toContain("- function-calling");
    expect(yaml.size_categories).toEqual(["- n<1K"]);
    expect(yaml.configs).toEqual([
      "- config_name: openai",
      "default: true",
      "data_files:",
      "- split: train",
      "path: openai/train.jsonl",
      "- split: validation",
      "path: openai/validation.jsonl",
      "- config_name: trl",
      "data_files:",
      "- split: train",
      "path: trl/train.jsonl",
    ]);
  });

  it("renders the numbers", () => {
    for (const row of [
      "| train | 2 |",
      "| validation | 1 |",
      "| miss_func | 1 |",
      "| wrong_summarization | 2 |",
      "| irrelevance | 16.0% |",
      "| offline/magnet-offline-1 | 3 |",
      "| merge | 2 |",
      "| schema | 2 | 1 |",
      "| judge | 1 | 1 |",
      "Near-duplicates removed: 7",
      "Contamination against BFCL_v3_simple.json: 2 of 10 samples overlap (ngram 1, path 1); dropped",
      "Preference pairs: 2 built, 1 skipped",
      "bfcl_v3/multi_turn_func_doc",
      "- Prompt `distill_positive@1`: `abc123`",
      "- offline teacher: template text",
    ])
      expect(card).toContain(row);
  });

  it("quotes YAML scalars that need it", () => {
    const odd = datasetCard({ ...stats, license: "cc-by-4.0", formats: [{ name: "my config", files: [{ split: "train", path: "data/train: v1.jsonl" }] }] });
    const yaml = frontMatter(odd);
    expect(yaml.configs).toContain('- config_name: "my config"');
    expect(yaml.configs).toContain('path: "data/train: v1.jsonl"');
  });
});
