import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SharedParts } from "./shared-parts";

const dir = mkdtempSync(path.join(tmpdir(), "magnet-shared-parts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `count` lines of `width` bytes each (newline included). */
function linesFile(name: string, count: number, width: number): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${"x".repeat(width - 1)}\n`.repeat(count));
  return file;
}

describe("SharedParts", () => {
  it("splits off the second half of the largest unclaimed tail, from a line start", () => {
    const file = linesFile("a.txt", 100, 10);
    const shared = new SharedParts(SharedParts.memory([0, 300], 1000), file);
    expect(shared.claim(0, 100)).toBe(300);
    expect(shared.claim(1, 400)).toBe(1000);
    // Part 1 has 600 bytes unclaimed (400 to 1000): the new part starts at the line start at or after 700.
    expect(shared.split(100)).toEqual({ part: 2, start: 700, end: 1000 });
    expect(shared.range(1)).toEqual({ part: 1, start: 300, end: 700 });
    // Part 1's thread learns its new end when it claims next.
    expect(shared.claim(1, 800)).toBe(700);
    shared.close();
  });

  it("moves a split point that falls inside a line to the next line's start", () => {
    const file = linesFile("b.txt", 9, 100);
    const shared = new SharedParts(SharedParts.memory([0], 900), file);
    expect(shared.split(1)).toEqual({ part: 1, start: 500, end: 900 });
    expect(shared.range(0)).toEqual({ part: 0, start: 0, end: 500 });
    shared.close();
  });

  it("splits nothing smaller than asked, nothing already claimed, and no single line", () => {
    const file = linesFile("c.txt", 100, 10);
    const shared = new SharedParts(SharedParts.memory([0, 500], 1000), file);
    shared.claim(0, 500);
    shared.claim(1, 900);
    expect(shared.split(101)).toBeUndefined();
    const oneLine = path.join(dir, "one-line.txt");
    writeFileSync(oneLine, "y".repeat(999));
    const whole = new SharedParts(SharedParts.memory([0], 999), oneLine);
    expect(whole.split(10)).toBeUndefined();
    whole.close();
    shared.close();
  });

  it("after stop, every part ends where its thread has claimed and nothing splits", () => {
    const file = linesFile("d.txt", 100, 10);
    const shared = new SharedParts(SharedParts.memory([0, 500], 1000), file);
    shared.claim(0, 200);
    shared.stop();
    expect(shared.claim(0, 300)).toBe(200);
    expect(shared.claim(1, 600)).toBe(500);
    expect(shared.split(1)).toBeUndefined();
    shared.close();
  });
});
