import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBenchTrajectories } from "../../bench/export/make-input";
import { hasSharedData } from "../../test/shared-data";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { writeExport, type EngineSettings } from "./export-engine";
import { scanInTurn } from "./scan-in-turn";
import { inputSize, scanInThisThread, scanRange, type ScanResult, type Scanner } from "./scan-range";
import { SharedParts } from "./shared-parts";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-scan-in-turn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, "shuffled.jsonl");
/** Where each record's line starts. */
let starts: number[] = [];

const settings = (outDir: string, file = input): EngineSettings => ({
  input: file,
  outDir,
  formats: ["openai-sft", "trl-dpo", "sharegpt-dpo", "bfcl"],
  seed: 9,
  split: 0.9,
  dedupe: true,
  dropContaminated: false,
  pairLevel: "both",
});

/** Every file of an export, by its path in the folder: text to compare byte for byte. */
function filesOf(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(root, full), readFileSync(full, "utf8"));
    }
  };
  walk(root);
  return files;
}

/** Parts cut at the given records, scanned one after another in this thread. */
const cutAt =
  (records: readonly number[]): Scanner =>
  async (base) => {
    const bounds = [0, ...records.map((r) => starts[r] ?? 0), inputSize(base.input)];
    const parts: ScanResult[] = [];
    for (let part = 0; part + 1 < bounds.length; part++) parts.push(await scanRange({ ...base, start: bounds[part] ?? 0, end: bounds[part + 1] ?? 0, part }));
    return parts;
  };

/** Two scans side by side in this thread, each taking over tails of the other as small as `minSplitBytes`; also counts the parts. */
const inTurn =
  (firstRecords: number, minSplitBytes: number, partsSeen: number[]): Scanner =>
  async (base) => {
    const shared = new SharedParts(SharedParts.memory([0, starts[firstRecords] ?? 0], inputSize(base.input)), base.input);
    const results: ScanResult[] = [];
    const hooks = { onPart: (result: ScanResult) => results.push(result) };
    await Promise.all([scanInTurn(shared, base, 0, hooks, minSplitBytes), scanInTurn(shared, base, 1, hooks, minSplitBytes)]);
    shared.close();
    partsSeen.push(results.length);
    return results.sort((a, b) => shared.range(a.part).start - shared.range(b.part).start);
  };

describe.skipIf(!hasSharedData)("an export read in parts", () => {
  let single: Map<string, string>;
  beforeAll(async () => {
    const plain = path.join(dir, "plain.jsonl");
    await writeBenchTrajectories(plain, 1_500);
    // Some positives spell their polarity with an escape, as JSON allows.
    const records = readFileSync(plain, "utf8")
      .trim()
      .split("\n")
      .map((line, i) => (i % 13 === 0 ? line.replace('"polarity":"positive"', '"polarity":"\\u0070ositive"') : line));
    // Some negatives moved far (more than the pairing window) after their positive, some before it, the rest where they were.
    const order: string[] = [];
    const later = new Map<number, string[]>();
    records.forEach((line, i) => {
      const t = JSON.parse(line) as Pick<Trajectory, "polarity">;
      if (t.polarity === "negative" && i % 7 === 0) later.set(i + 300, [...(later.get(i + 300) ?? []), line]);
      else if (t.polarity === "negative" && i % 11 === 0) order.unshift(line);
      else order.push(line);
      order.push(...(later.get(i) ?? []));
      later.delete(i);
    });
    for (const lines of later.values()) order.push(...lines);
    writeFileSync(input, order.map((line) => `${line}\n`).join(""));
    let at = 0;
    starts = order.map((line) => {
      const start = at;
      at += Buffer.byteLength(line) + 1;
      return start;
    });
    await writeExport(settings(path.join(dir, "single")), scanInThisThread);
    single = filesOf(path.join(dir, "single"));
  }, 120_000);

  it("writes the same bytes wherever the parts begin", async () => {
    for (const [k, cuts] of [[1], [299, 300, 301], [40, 400, 401, 777, 1_200], [5, 257, 520, 1_499]].entries()) {
      const out = path.join(dir, `cut-${k}`);
      await writeExport(settings(out), cutAt(cuts));
      expect(filesOf(out)).toEqual(single);
    }
  }, 120_000);

  it("writes the same bytes when each scan takes over the other's tails as it goes", async () => {
    const partsSeen: number[] = [];
    const out = path.join(dir, "in-turn");
    await writeExport(settings(out), inTurn(30, 64 << 10, partsSeen));
    expect(partsSeen[0]).toBeGreaterThan(2);
    expect(filesOf(out)).toEqual(single);
  }, 120_000);

  it("names a bad record by its number in the file, not in its part", async () => {
    const bad = path.join(dir, "bad.jsonl");
    const lines = readFileSync(input, "utf8").split("\n");
    lines[1_000] = '{"id": "x", "path_id": 7}';
    writeFileSync(bad, lines.join("\n"));
    await expect(writeExport(settings(path.join(dir, "bad"), bad), cutAt([200, 900]))).rejects.toThrow("bad.jsonl, record 1000, field path_id");
  }, 120_000);
});
