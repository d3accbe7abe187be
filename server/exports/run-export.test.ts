import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBenchTrajectories } from "../../bench/export/make-input";
import { hasSharedData } from "../../test/shared-data";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";
import { runExport, type ExportSettings } from "./run-export";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, "trajectories.jsonl");
const lines = (file: string): unknown[] => readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const settings = (outDir: string, extra: Partial<ExportSettings> = {}): ExportSettings => ({
  input,
  outDir,
  formats: ["openai-sft", "trl-dpo", "sharegpt", "bfcl"],
  seed: 4,
  split: 0.9,
  dedupe: true,
  dropContaminated: false,
  pairLevel: "turn",
  ...extra,
});

describe.skipIf(!hasSharedData)("runExport", () => {
  let records: Trajectory[] = [];
  beforeAll(async () => {
    await writeBenchTrajectories(input, 600);
    records = (lines(input) as unknown[]).map((r) => trajectory.parse(r));
  }, 120_000);

  it("writes every selected positive once per SFT format and every pair once per preference format, in both splits", async () => {
    const out = path.join(dir, "a");
    const summary = await runExport(settings(out));
    const sft = [...lines(path.join(out, "train/openai-sft.jsonl")), ...lines(path.join(out, "validation/openai-sft.jsonl"))];
    expect(sft).toHaveLength(summary.positives);
    const dpo = [...lines(path.join(out, "train/trl-dpo.jsonl")), ...lines(path.join(out, "validation/trl-dpo.jsonl"))];
    expect(dpo).toHaveLength(summary.pairs);
    expect(summary.pairs).toBeGreaterThan(0);
    expect(lines(path.join(out, "train/possible_answer/BFCL_v3_multi_turn_magnet.json"))).toHaveLength(lines(path.join(out, "train/BFCL_v3_multi_turn_magnet.json")).length);
    expect(lines(path.join(out, "validation/openai-sft.jsonl")).length).toBeGreaterThan(0);
    const info = JSON.parse(readFileSync(path.join(out, "dataset_info.json"), "utf8"));
    expect(info.magnet_sharegpt_train).toMatchObject({ file_name: "train/sharegpt.jsonl", formatting: "sharegpt" });
    expect(readFileSync(path.join(out, "README.md"), "utf8")).toMatch(/^---\n[\s\S]*configs:[\s\S]*\n---\n/);
  });

  it("is the same byte for byte for the same seed", async () => {
    await runExport(settings(path.join(dir, "b")));
    await runExport(settings(path.join(dir, "c")));
    for (const file of ["train/openai-sft.jsonl", "train/trl-dpo.jsonl", "validation/sharegpt.jsonl", "README.md"]) {
      expect(readFileSync(path.join(dir, "b", file), "utf8")).toEqual(readFileSync(path.join(dir, "c", file), "utf8"));
    }
  });

  it("drops samples whose queries overlap a benchmark, and says so in the card", async () => {
    const positive = records.find((r) => r.polarity === "positive");
    const question = positive?.turns[0]?.query ?? "";
    const benchmark = path.join(dir, "bench.json");
    writeFileSync(benchmark, `${JSON.stringify({ id: "simple_9", question: [[{ role: "user", content: question }]], function: [] })}\n`);
    const out = path.join(dir, "d");
    const summary = await runExport(settings(out, { contamination: benchmark, dropContaminated: true }));
    expect(summary.contaminated).toBeGreaterThanOrEqual(1);
    const exported = [...lines(path.join(out, "train/openai-sft.jsonl")), ...lines(path.join(out, "validation/openai-sft.jsonl"))];
    expect(JSON.stringify(exported)).not.toContain(JSON.stringify(question).slice(1, -1));
    expect(readFileSync(path.join(out, "README.md"), "utf8")).toMatch(/Contamination against bench\.json: [1-9]\d* of \d+ samples overlap.*; dropped/);
  });

  it("refuses a bad record naming the file, record and field, and writes nothing", async () => {
    const bad = path.join(dir, "bad.jsonl");
    writeFileSync(bad, `${readFileSync(input, "utf8").split("\n")[0]}\n{"id": 5}\n`);
    const out = path.join(dir, "e");
    await expect(runExport(settings(out, { input: bad }))).rejects.toThrow(/bad\.jsonl, record 1, field id/);
  });

  it("pairs negatives written before their positives, and leaves no spool behind", async () => {
    // Each positive moved after its negatives; the positives keep their order, so the same ones are chosen.
    const reversed = path.join(dir, "reversed.jsonl");
    const negativesFirst = [...records.filter((r) => r.polarity === "negative"), ...records.filter((r) => r.polarity === "positive")];
    writeFileSync(reversed, negativesFirst.map((r) => `${JSON.stringify(r)}\n`).join(""));
    const ordered = await runExport(settings(path.join(dir, "f"), { formats: ["trl-dpo"] }));
    const out = path.join(dir, "g");
    const summary = await runExport(settings(out, { input: reversed, formats: ["trl-dpo"] }));
    expect(summary.pairs).toBe(ordered.pairs);
    const rows = (root: string) => ["train", "validation"].flatMap((split) => readFileSync(path.join(root, split, "trl-dpo.jsonl"), "utf8").split("\n").filter(Boolean)).sort();
    expect(rows(out)).toEqual(rows(path.join(dir, "f")));
    expect(readdirSync(out).filter((name) => name.startsWith("."))).toEqual([]);
  });
});

describe.skipIf(!hasSharedData)("runExport on a file large enough to read in parallel", () => {
  const big = path.join(dir, "big.jsonl");
  beforeAll(() => writeBenchTrajectories(big, 9_000), 120_000);

  it("writes the same bytes with two threads as with one", async () => {
    const one = await runExport(settings(path.join(dir, "p1"), { input: big, threads: 1 }));
    const two = await runExport(settings(path.join(dir, "p2"), { input: big, threads: 2 }));
    expect(two).toEqual(one);
    for (const file of one.files) expect(readFileSync(path.join(dir, "p2", file), "utf8"), file).toBe(readFileSync(path.join(dir, "p1", file), "utf8"));
  }, 120_000);

  it("names the file and record of a bad record in the second thread's part", async () => {
    const bad = path.join(dir, "big-bad.jsonl");
    const records = readFileSync(big, "utf8").trim().split("\n");
    records[records.length - 3] = '{"id": "x", "path_id": 7}';
    writeFileSync(bad, `${records.join("\n")}\n`);
    const out = path.join(dir, "p3");
    await expect(runExport(settings(out, { input: bad, threads: 2 }))).rejects.toThrow(`big-bad.jsonl, record ${records.length - 3}, field path_id`);
    expect(existsSync(path.join(out, "README.md"))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);
});
