import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { createRandom } from "../random";
import type { Trajectory } from "../schemas/trajectory";
import { applyMixture, parseMixture } from "./mixture";
import { type Bucket, sampleKind } from "./sample-kind";
import { makeTrajectory, type TurnSpec } from "./test-trajectory";

const shapes: Record<Bucket, TurnSpec[]> = {
  single: [{ query: "q", calls: [["f", {}]] }],
  parallel: [{ query: "q", calls: [["f", { a: 1 }], ["f", { a: 2 }]] }],
  multiple: [{ query: "q", calls: [["f", {}], ["g", {}]] }],
  multi_turn: [{ query: "a", calls: [["f", {}]] }, { query: "b", calls: [["g", {}]] }],
  irrelevance: [{ query: "weather?" }],
};
function pool(counts: Record<Bucket, number>): Trajectory[] {
  return Object.entries(counts).flatMap(([bucket, n]) =>
    Array.from({ length: n }, (_, i) => makeTrajectory({ id: `${bucket}${i}-pos`, turns: shapes[bucket as Bucket] })),
  );
}
const data = pool({ single: 50, parallel: 20, multiple: 10, multi_turn: 40, irrelevance: 10 });
const counts = (r: ReturnType<typeof applyMixture<Trajectory>>) => Object.fromEntries(Object.entries(r.achieved).map(([b, v]) => [b, v.count]));
const target = parseMixture("single=0.2,parallel=0.1,multiple=0.1,multi_turn=0.44,irrelevance=0.16");

describe("applyMixture", () => {
  it("with a total: down-samples, keeps short buckets whole and reports them", () => {
    const r = applyMixture(data, target, { bucketOf: sampleKind, random: createRandom(1), total: 100 });
    expect(Object.fromEntries(Object.entries(r.requested).map(([b, v]) => [b, v.count]))).toEqual({ single: 20, parallel: 10, multiple: 10, multi_turn: 44, irrelevance: 16 });
    expect(counts(r)).toEqual({ single: 20, parallel: 10, multiple: 10, multi_turn: 40, irrelevance: 10 });
    expect(r.short).toEqual(["multi_turn", "irrelevance"]);
    expect(r.selected).toHaveLength(90);
    expect(r.achieved.irrelevance.share).toBeCloseTo(10 / 90, 10);
    expect(r.achieved.multi_turn.share).toBeCloseTo(40 / 90, 10);
  });

  it("without a total: the largest total the data allows at the requested shares", () => {
    const r = applyMixture(data, target, { bucketOf: sampleKind, random: createRandom(1) });
    expect(counts(r)).toEqual({ single: 13, parallel: 6, multiple: 6, multi_turn: 27, irrelevance: 10 });
    expect(r.short).toEqual([]);
    expect(r.selected).toHaveLength(62);
  });

  it("default: 16 % irrelevance, the rest proportional to what is available", () => {
    const r = applyMixture(data, undefined, { bucketOf: sampleKind, random: createRandom(1) });
    expect(r.requested.irrelevance.share).toBe(0.16);
    expect(r.requested.single.share).toBeCloseTo((0.84 * 50) / 120, 10);
    expect(r.achieved.irrelevance.count).toBe(10);
    expect(r.achieved.irrelevance.share).toBeCloseTo(0.16, 2);
    expect(counts(r)).toEqual({ single: 22, parallel: 9, multiple: 4, multi_turn: 17, irrelevance: 10 });
  });

  it("default with no irrelevance available: reports it short at 0 % and keeps the others", () => {
    const r = applyMixture(pool({ single: 50, parallel: 20, multiple: 10, multi_turn: 40, irrelevance: 0 }), undefined, { bucketOf: sampleKind, random: createRandom(1) });
    expect(r.short).toEqual(["irrelevance"]);
    expect(r.achieved.irrelevance).toEqual({ count: 0, share: 0 });
    expect(r.selected.length).toBeGreaterThanOrEqual(118);
  });

  it("is seeded, keeps input order and never duplicates or invents", () => {
    const a = applyMixture(data, target, { bucketOf: sampleKind, random: createRandom(7), total: 50 });
    const b = applyMixture(data, target, { bucketOf: sampleKind, random: createRandom(7), total: 50 });
    const c = applyMixture(data, target, { bucketOf: sampleKind, random: createRandom(8), total: 50 });
    expect(a.selected.map((t) => t.id)).toEqual(b.selected.map((t) => t.id));
    expect(a.selected.map((t) => t.id)).not.toEqual(c.selected.map((t) => t.id));
    const order = data.map((t) => t.id);
    const positions = a.selected.map((t) => order.indexOf(t.id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(new Set(positions).size).toBe(positions.length);
  });
});

describe("parseMixture", () => {
  it("parses shares", () => {
    expect(target).toEqual({ single: 0.2, parallel: 0.1, multiple: 0.1, multi_turn: 0.44, irrelevance: 0.16 });
    expect(parseMixture(" single = 0.5 , multi_turn=0.5 ")).toEqual({ single: 0.5, multi_turn: 0.5 });
  });
  it.each([
    ["single=0.5,paralel=0.5", /"paralel=0.5": unknown bucket "paralel"/],
    ["single=abc,multi_turn=0.5", /"single=abc": share "abc" is not a number/],
    ["single=0.5,multi_turn", /"multi_turn" is not bucket=share/],
    ["single=0.5,single=0.5", /"single=0.5": bucket "single" given twice/],
    ["single=0.5,multi_turn=0.3", /shares sum to 0.8, not 1/],
    ["single=-0.5,multi_turn=1.5", /"single=-0.5"/],
    ["", /empty mixture/],
  ])("%s → error", (text, message) => {
    expect(() => parseMixture(text)).toThrow(InvalidInput);
    expect(() => parseMixture(text)).toThrow(message);
  });
});
