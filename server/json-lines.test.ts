import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lineBatches, lines } from "./json-lines";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-json-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function batched(file: string, range?: { start: number; end: number }): Promise<{ line: string; start: number }[]> {
  const out: { line: string; start: number }[] = [];
  for await (const batch of lineBatches(file, range)) batch.lines.forEach((line, k) => out.push({ line, start: batch.starts[k] ?? -1 }));
  return out;
}

describe("lineBatches", () => {
  // Lines longer than a read, multi-byte characters, and no newline at the end.
  const text = ["a", "é".repeat(700_000), "", "b".repeat(3_000_000), "last"].join("\n");
  const file = path.join(dir, "lines.jsonl");
  writeFileSync(file, text);

  it("gives the lines of `lines`, each with its byte offset", async () => {
    const expected: string[] = [];
    for await (const line of lines(file)) expected.push(line);
    const got = await batched(file);
    expect(got.map((g) => g.line)).toEqual(expected);
    const bytes = Buffer.from(text);
    for (const { line, start } of got) expect(bytes.subarray(start, start + Buffer.byteLength(line)).toString()).toBe(line);
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
