import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import type { FunctionPath } from "../schemas/path";
import { checkPath } from "./check-path";
import { enhancePath, type EnhanceOptions } from "./enhance-path";
import { handContext as context, handRequired, show, walkPath } from "./test-fixtures";

const walk = walkPath(["a", "b", "c", "d", "e"]);
const none = { mergeP: 0, insertP: 0, splitP: 0, irrelevanceP: 0 };
const enhance = (options: Omit<EnhanceOptions, "random">, seed: number | string = 1, path: FunctionPath = walk) =>
  enhancePath(path, context, { random: createRandom(seed), ...options });

describe("enhancePath", () => {
  it("returns the path unchanged when no operation fires", () => {
    expect(enhance(none)).toEqual([walk]);
  });

  it("merges left to right and never merges a turn twice", () => {
    const [plain] = enhance({ ...none, mergeP: 1 });
    expect(show(plain ?? walk)).toEqual(["a+b", "c+d", "e"]);
    expect(plain?.operations).toEqual([
      { op: "merge", at: 0 },
      { op: "merge", at: 1 },
    ]);
  });

  it("inserts nested neighbours of each turn's last function, never one the path already calls", () => {
    const [plain] = enhance({ ...none, insertP: 1, sameTurnShare: 1 });
    expect(show(plain ?? walk)).toEqual(["a", "b", "c+m*", "d", "e+z*"]);
  });

  it("places later-turn inserts after a later turn, and keeps the last turn's inserts in it", () => {
    for (let seed = 0; seed < 20; seed++) {
      const [plain] = enhance({ ...none, insertP: 1, sameTurnShare: 0 }, seed);
      const turns = show(plain ?? walk);
      expect(turns).toContain("e+z*");
      expect(turns.indexOf("m")).toBeGreaterThan(turns.indexOf("c") + 1);
    }
  });

  it("applies Merge before Insert, as MAGNET does", () => {
    for (let seed = 0; seed < 50; seed++) {
      const [plain] = enhance({ ...none, mergeP: 0.5, insertP: 0.5 }, seed);
      const kinds = (plain?.operations ?? []).map((op) => op.op).join(" ");
      expect(kinds).toMatch(/^(merge ?)*(insert ?)*$/);
    }
  });

  it("splits a copy, so both the plain and the split path go on", () => {
    const [plain, split, ...rest] = enhance({ ...none, mergeP: 1, splitP: 1 });
    expect(rest).toEqual([]);
    expect(split?.id).toBe("w-split");
    expect(split?.operations.slice(0, -1)).toEqual(plain?.operations);
    expect(split?.operations.at(-1)?.op).toBe("split");
    expect(plain?.turns.some((turn) => turn.kind !== "call")).toBe(false);
  });

  it("splits as miss_param only where the function has a required parameter", () => {
    const labels = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const split = enhance({ ...none, splitP: 1, missParamShare: 1 }, seed)[1];
      const miss = split?.turns.find((turn) => turn.kind !== "call");
      expect(miss).toBeDefined();
      const f = miss?.withheld?.function ?? "";
      expect(miss?.kind).toBe((handRequired[f] ?? []).length > 0 ? "miss_param" : "miss_func");
      labels.add(`${miss?.kind}`);
    }
    expect([...labels].sort()).toEqual(["miss_func", "miss_param"]);
  });

  it("adds an irrelevant turn to another copy", () => {
    const [plain, irrelevant] = enhance({ ...none, insertP: 1, irrelevanceP: 1 });
    expect(irrelevant?.id).toBe("w-irrelevant");
    expect(irrelevant?.operations.slice(0, -1)).toEqual(plain?.operations);
    expect(irrelevant?.turns.filter((turn) => turn.kind === "irrelevant")).toHaveLength(1);
  });

  it("returns plain, split and irrelevant copies in that order, all valid", () => {
    const out = enhance({ mergeP: 0.3, insertP: 0.5, splitP: 1, irrelevanceP: 1 });
    expect(out.map((path) => path.id)).toEqual(["w", "w-split", "w-irrelevant"]);
    for (const path of out) expect(checkPath(path, context)).toEqual([]);
  });

  it("is fixed by the seed", () => {
    const run = (seed: string) => JSON.stringify(Array.from({ length: 30 }, (_, i) => enhance({}, `${seed}-${i}`)));
    expect(run("x")).toBe(run("x"));
    expect(run("x")).not.toBe(run("y"));
  });
});
