import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lineStartFrom, linesBefore, recordsBefore } from "./line-positions";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-line-positions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: readonly string[]): { file: string; starts: number[] } {
  const target = path.join(dir, name);
  writeFileSync(target, lines.map((line) => `${line}\n`).join(""));
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += Buffer.byteLength(line) + 1;
  }
  return { file: target, starts };
}

describe("line positions", () => {
  it("reads the last records before a line start, in file order, counting blank lines (as `trim` sees them) as lines but not records", () => {
    const { file: f, starts } = file("a.jsonl", ["r0", "r1", "", " \t\r", "r4 é", "\u00a0\ufeff", "r5", "r6"]);
    const found = recordsBefore(f, starts[7] ?? 0, 3).map(({ line, ...where }) => ({ ...where, text: line.toString("utf8") }));
    expect(found).toEqual([
      { at: starts[1], bytes: 2, text: "r1", linesBack: 6 },
      { at: starts[4], bytes: 5, text: "r4 é", linesBack: 3 },
      { at: starts[6], bytes: 2, text: "r5", linesBack: 1 },
    ]);
    expect(linesBefore(f, starts[7] ?? 0)).toBe(7);
  });

  it("returns fewer at the file's start, and none from its first byte", () => {
    const { file: f, starts } = file("b.jsonl", ["first", "second", "third"]);
    expect(recordsBefore(f, starts[2] ?? 0, 10).map((r) => r.line.toString())).toEqual(["first", "second"]);
    expect(recordsBefore(f, 0, 10)).toEqual([]);
  });

  it("reads back as far as long lines need", () => {
    const long = Array.from({ length: 5 }, (_, i) => `${i}`.repeat(300_000));
    const { file: f, starts } = file("c.jsonl", [...long, "last"]);
    const found = recordsBefore(f, starts[5] ?? 0, 4);
    expect(found.map((r) => [r.at, r.bytes, r.linesBack])).toEqual([1, 2, 3, 4].map((i) => [starts[i], 300_000, 5 - i]));
    expect(found.every((r, k) => r.line.toString() === long[k + 1])).toBe(true);
  });

  it("finds the next line start from any offset: the offset itself when a line begins there", () => {
    const { file: f, starts } = file("d.jsonl", ["aaa", "bbbb", "c"]);
    const fd = openSync(f, "r");
    try {
      expect([0, 1, 3, 4, 5, 9].map((offset) => lineStartFrom(fd, offset, 11))).toEqual([0, starts[1], starts[1], starts[1], starts[2], starts[2]]);
      expect(lineStartFrom(fd, 10, 11)).toBe(11);
      expect(lineStartFrom(fd, 5, 8)).toBe(8);
    } finally {
      closeSync(fd);
    }
  });
});
