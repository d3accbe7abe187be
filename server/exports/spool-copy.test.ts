import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openAtomicFile } from "./atomic-file";
import { SplitFiles } from "./buffered-file";
import { bytesPerSplit, copySpool } from "./spool-copy";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-spool-copy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A part's spool: each record's rows one after another (some records have none, one has a row longer than a read). */
function spool(name: string, part: number, records: number): { file: string; rows: string[]; rowBytes: number[] } {
  const rows = Array.from({ length: records }, (_, i) => {
    if (i % 7 === 3) return "";
    const text = i === 5 && part === 0 ? "x".repeat(5 << 20) : `{"part":${part},"record":${i},"text":"é${"ü".repeat(i % 5)}"}`;
    return i % 4 === 0 ? `${text}\n${text}\n` : `${text}\n`;
  });
  const file = path.join(dir, name);
  writeFileSync(file, rows.join(""));
  return { file, rows, rowBytes: rows.map((r) => Buffer.byteLength(r)) };
}

describe("copySpool", () => {
  it("copies each part's exported rows to its split, parts side by side at their own places, in record order", async () => {
    const parts = [spool("part0", 0, 200), spool("part1", 1, 150)];
    // Runs of each split and of records left out, as a plan makes them.
    const splitOf = Uint8Array.from({ length: 350 }, (_, i) => (i % 23 === 0 ? 0 : i % 11 < 2 ? 2 : 1));
    const train = openAtomicFile(path.join(dir, "out/train.jsonl"));
    const validation = openAtomicFile(path.join(dir, "out/validation.jsonl"));
    let end: [number, number] = [0, 0];
    let base = 0;
    let passed = 0;
    const copies = parts.map((part) => {
      const target = new SplitFiles(train, validation, end);
      const [toTrain, toValidation] = bytesPerSplit(part.rowBytes, base, splitOf);
      end = [end[0] + toTrain, end[1] + toValidation];
      const copy = copySpool(part.file, part.rowBytes, base, splitOf, target, () => passed++).then(() => target.flush());
      base += part.rows.length;
      return copy;
    });
    await Promise.all(copies);
    const after = new SplitFiles(train, validation, end);
    await after.add(2, "appended\n");
    await after.flush();
    await train.commit();
    await validation.commit();

    const all = parts.flatMap((p) => p.rows);
    expect(readFileSync(path.join(dir, "out/train.jsonl"), "utf8")).toBe(all.filter((_, i) => splitOf[i] === 1).join(""));
    expect(readFileSync(path.join(dir, "out/validation.jsonl"), "utf8")).toBe(`${all.filter((_, i) => splitOf[i] === 2).join("")}appended\n`);
    expect(passed).toBe(350);
  });

  it("refuses a spool shorter than its records say", async () => {
    const part = spool("short", 1, 10);
    writeFileSync(part.file, readFileSync(part.file).subarray(0, 40));
    const target = new SplitFiles(openAtomicFile(path.join(dir, "cut/train.jsonl")), openAtomicFile(path.join(dir, "cut/validation.jsonl")));
    await expect(copySpool(part.file, part.rowBytes, 0, new Uint8Array(10).fill(1), target, () => undefined)).rejects.toThrow(/short ends at 40 bytes/);
  });
});
