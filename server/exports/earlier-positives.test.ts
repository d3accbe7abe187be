import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EarlierPositives } from "./earlier-positives";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-earlier-positives-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records 0..n-1 written one per line; returns the file and where the line after record `n - 1` starts. */
function file(name: string, records: readonly string[]): { file: string; end: number } {
  const target = path.join(dir, name);
  const text = records.map((r) => `${r}\n`).join("");
  writeFileSync(target, text);
  return { file: target, end: Buffer.byteLength(text) };
}

const positive = (id: string) => JSON.stringify({ id, polarity: "positive" });
const negative = (id: string, of: string) => JSON.stringify({ id, polarity: "negative", pair: { positive_id: of } });

describe("EarlierPositives", () => {
  it("finds a positive exactly as far back as allowed, and not one record further", () => {
    const records = [positive("p"), ...Array.from({ length: 40 }, (_, i) => negative(`n${i}`, "x"))];
    const { file: f, end } = file("a.jsonl", records);
    const earlier = new EarlierPositives(f, end, 256);
    expect(earlier.find("p", 41)).toEqual({ at: 0, bytes: Buffer.byteLength(positive("p")), record: -41 });
    expect(earlier.find("p", 40)).toBeUndefined();
    expect(new EarlierPositives(f, end, 40).find("p", 41)).toBeUndefined();
  });

  it("finds the latest positive of an id, one spelled with escapes, and none before the file's start", () => {
    const records = [positive("p"), "", '{"id":"p","polarity":"\\u0070ositive"}', negative("n", "p")];
    const { file: f, end } = file("b.jsonl", records);
    const earlier = new EarlierPositives(f, end, 256);
    expect(earlier.find("p", 10)?.record).toBe(-2);
    expect(earlier.find("n", 10)).toBeUndefined();
    expect(new EarlierPositives(f, 0, 256).find("p", 10)).toBeUndefined();
  });

  it("skips lines that are not JSON: their own part reports them", () => {
    const { file: f, end } = file("c.jsonl", [positive("p"), '{"id": "broken", "polarity": "positive"']);
    expect(new EarlierPositives(f, end, 256).find("p", 10)?.record).toBe(-2);
  });
});
