import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lineBatches } from "./json-lines";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-json-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function batched(file: string, range?: { start: number; end: number }): Promise<{ line: string; start: number; bytes: number }[]> {
  const out: { line: string; start: number; bytes: number }[] = [];
  for await (const batch of lineBatches(file, range)) for (let k = 0; k < batch.count; k++) out.push({ line: batch.line(k), start: batch.start(k), bytes: batch.bytes(k) });
  return out;
}

describe("lineBatches", () => {
  // Lines longer than a read, multi-byte characters, and no newline at the end.
  const text = ["a", "é".repeat(700_000), "", "b".repeat(3_000_000), "last"].join("\n");
  const file = path.join(dir, "lines.jsonl");
  writeFileSync(file, text);

  it("gives the file's lines, each with its byte offset", async () => {
    const got = await batched(file);
    expect(got.map((g) => g.line)).toEqual(text.split("\n"));
    const bytes = Buffer.from(text);
    for (const { line, start, bytes: length } of got) {
      expect(length).toBe(Buffer.byteLength(line));
      expect(bytes.subarray(start, start + length).toString()).toBe(line);
    }
  });

  it("cuts lines that straddle reads, in either buffer, exactly where the file has them", async () => {
    // About 8 MB: lines of every length up to 300 characters, some with two-byte characters where a read may end.
    const many = Array.from({ length: 50_000 }, (_, i) => (i % 3 === 0 ? "é" : "x").repeat((i * 7919) % 300));
    const manyFile = path.join(dir, "many.jsonl");
    writeFileSync(manyFile, `${many.join("\n")}\n`);
    const got = await batched(manyFile);
    expect(got.map((g) => g.line)).toEqual(many);
    expect(got.at(-1)?.start).toBe(Buffer.byteLength(`${many.slice(0, -1).join("\n")}\n`));
  });

  it("reads only a byte range", async () => {
    const start = Buffer.byteLength(`a\n${"é".repeat(700_000)}\n`);
    const end = start + 1 + 3_000_001;
    expect((await batched(file, { start, end })).map((g) => [g.line.length, g.start])).toEqual([
      [0, start],
      [3_000_000, start + 1],
    ]);
  });
});
