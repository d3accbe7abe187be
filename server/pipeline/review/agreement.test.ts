import { describe, expect, it } from "vitest";
import { cohensKappa, fleissKappa, pairwiseKappas, percentAgreement, raterAgreement, type RatedItem } from "./agreement";

/** An item from rater → label, in that order. */
const item = (labels: Record<string, string>): RatedItem => ({ ratings: Object.entries(labels).map(([rater, label]) => ({ rater, label })) });

/** Items from a row of label counts per item (Fleiss' layout): raters r0, r1, … label c0, c1, … */
const fromCounts = (rows: readonly (readonly number[])[]): RatedItem[] =>
  rows.map((row) => ({ ratings: row.flatMap((count, label) => Array.from({ length: count }, () => `c${label}`)).map((label, r) => ({ rater: `r${r}`, label })) }));

/** Two raters' yes/no table: [both yes, A yes B no, A no B yes, both no]. */
const fromTable = ([yy, yn, ny, nn]: readonly [number, number, number, number]): RatedItem[] =>
  (
    [
      [yy, "yes", "yes"],
      [yn, "yes", "no"],
      [ny, "no", "yes"],
      [nn, "no", "no"],
    ] as const
  ).flatMap(([count, a, b]) => Array.from({ length: count }, () => item({ a, b })));

// Wikipedia "Fleiss' kappa" worked example (also the Cardillo MATLAB `fleiss` example): 10 subjects, 14 raters, 5 categories.
const WIKIPEDIA_FLEISS = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

// Unequal rater counts, worked by hand (see the Fleiss case below):
//   item 1: a, b, c accepted          P = 1
//   item 2: a accepted, b rejected    P = 0
//   item 3: a, b rejected, c accepted P = (2·1 + 1·0) / (3·2) = 1/3
//   item 4: c rejected alone          no pair: left out of P̄, counted in the label shares
const UNEQUAL = [
  item({ a: "accepted", b: "accepted", c: "accepted" }),
  item({ a: "accepted", b: "rejected" }),
  item({ a: "rejected", b: "rejected", c: "accepted" }),
  item({ c: "rejected" }),
];

const PERFECT = [
  item({ a: "accepted", b: "accepted", c: "accepted" }),
  item({ a: "rejected", b: "rejected", c: "rejected" }),
  item({ a: "needs-edit", b: "needs-edit", c: "needs-edit" }),
];

const OPPOSED = [
  item({ a: "accepted", b: "rejected" }),
  item({ a: "rejected", b: "accepted" }),
  item({ a: "accepted", b: "rejected" }),
  item({ a: "rejected", b: "accepted" }),
];

const SINGLE_RATER = [item({ a: "accepted" }), item({ a: "rejected" })];

describe("percent agreement", () => {
  it.each<[string, RatedItem[], number | null, number]>([
    ["perfect agreement", PERFECT, 1, 3],
    ["systematic disagreement", OPPOSED, 0, 4],
    ["unequal rater counts: (1 + 0 + 1/3) / 3", UNEQUAL, 4 / 9, 3],
    ["a single rater", SINGLE_RATER, null, 0],
    ["no items", [], null, 0],
  ])("%s", (_label, items, agreement, count) => {
    const result = percentAgreement(items);
    expect(result.items).toBe(count);
    if (agreement === null) expect(result.agreement).toBeNull();
    else expect(result.agreement).toBeCloseTo(agreement, 12);
  });
});

describe("Cohen's kappa", () => {
  it("gives 0.4 for the 50-item yes/no table 20, 5, 10, 15 (p_o 0.7, p_e 0.5)", () => {
    const result = cohensKappa(fromTable([20, 5, 10, 15]), "a", "b");
    expect(result.items).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it.each<[string, RatedItem[], string, string, number | null, number]>([
    ["perfect agreement", PERFECT, "a", "b", 1, 3],
    ["systematic disagreement", OPPOSED, "a", "b", -1, 4],
    // a: acc acc rej, b: acc rej rej → p_o 2/3, p_e (2·1 + 1·2)/9 = 4/9 → (6 − 4)/(9 − 4)
    ["unequal counts: the items both rated", UNEQUAL, "a", "b", 0.4, 3],
    // a: acc rej, c: acc acc → p_o 1/2, p_e (1·2 + 1·0)/4 = 1/2 → 0
    ["unequal counts: a rater missing from some items", UNEQUAL, "a", "c", 0, 2],
    ["a single rater", SINGLE_RATER, "a", "b", null, 0],
    ["no items", [], "a", "b", null, 0],
  ])("%s", (_label, items, raterA, raterB, kappa, count) => {
    const result = cohensKappa(items, raterA, raterB);
    expect(result.items).toBe(count);
    if (kappa === null) expect(result.kappa).toBeNull();
    else expect(result.kappa).toBeCloseTo(kappa, 12);
  });

  it("is undefined (null) when both raters gave one and the same label everywhere: p_e = 1", () => {
    const items = [item({ a: "accepted", b: "accepted" }), item({ a: "accepted", b: "accepted" })];
    expect(cohensKappa(items, "a", "b")).toEqual({ kappa: null, observed: 1, expected: 1, items: 2 });
  });

  it("counts a rater's latest rating of an item and ignores `pending`", () => {
    const items: RatedItem[] = [
      { ratings: [{ rater: "a", label: "rejected" }, { rater: "b", label: "accepted" }, { rater: "a", label: "accepted" }] },
      { ratings: [{ rater: "a", label: "rejected" }, { rater: "b", label: "rejected" }, { rater: "b", label: "pending" }] },
    ];
    expect(cohensKappa(items, "a", "b")).toMatchObject({ kappa: 1, observed: 1, items: 2 });
  });
});

describe("Fleiss' kappa", () => {
  it("gives 0.210 on the Wikipedia example (P̄ 0.378, P_e 0.213)", () => {
    const result = fleissKappa(fromCounts(WIKIPEDIA_FLEISS));
    expect(result.items).toBe(10);
    expect(result.observed).toBeCloseTo(0.378, 3);
    expect(result.expected).toBeCloseTo(0.213, 3);
    expect(result.kappa).toBeCloseTo(0.2099, 4);
  });

  it("is Scott's pi with two raters: pooled label shares, unlike Cohen's (20, 5, 10, 15 table)", () => {
    // Two raters, pooled shares: yes (25 + 30)/100 = 0.55 → P_e = 0.55² + 0.45² = 0.505; (0.7 − 0.505)/(1 − 0.505)
    expect(fleissKappa(fromTable([20, 5, 10, 15])).kappa).toBeCloseTo(0.195 / 0.495, 12);
  });

  it.each<[string, RatedItem[], number | null, number]>([
    ["perfect agreement", PERFECT, 1, 3],
    // P̄ 0, π 1/2 each → P_e 1/2 → −1
    ["systematic disagreement", OPPOSED, -1, 4],
    // P̄ 4/9; π_acc = (1 + 1/2 + 1/3 + 0)/4 = 11/24, π_rej = 13/24 → P_e 290/576; (4/9 − 290/576)/(1 − 290/576) = −17/143
    ["unequal rater counts (generalized form)", UNEQUAL, -17 / 143, 3],
    ["a single rater", SINGLE_RATER, null, 0],
    ["no items", [], null, 0],
    ["one label given by everyone: P_e = 1", [item({ a: "accepted", b: "accepted" }), item({ a: "accepted", c: "accepted" })], null, 2],
  ])("%s", (_label, items, kappa, count) => {
    const result = fleissKappa(items);
    expect(result.items).toBe(count);
    if (kappa === null) expect(result.kappa).toBeNull();
    else expect(result.kappa).toBeCloseTo(kappa, 12);
  });
});

describe("pairwise kappas", () => {
  it("lists every pair of raters with a common item, in name order, with the count", () => {
    expect(pairwiseKappas(UNEQUAL).map(({ raterA, raterB, kappa, items }) => ({ pair: `${raterA}-${raterB}`, kappa, items }))).toEqual([
      { pair: "a-b", kappa: expect.closeTo(0.4, 12), items: 3 },
      { pair: "a-c", kappa: 0, items: 2 },
      { pair: "b-c", kappa: 0, items: 2 },
    ]);
  });

  it("leaves out pairs that never rated the same item, and has nothing for a single rater or no items", () => {
    expect(pairwiseKappas([item({ a: "accepted", b: "accepted" }), item({ c: "rejected" })]).map((p) => [p.raterA, p.raterB])).toEqual([["a", "b"]]);
    expect(pairwiseKappas(SINGLE_RATER)).toEqual([]);
    expect(pairwiseKappas([])).toEqual([]);
  });
});

describe("rater agreement", () => {
  it.each<[string, RatedItem[], string, number | null, number, number]>([
    // c: item 1 others acc → agrees; item 3 others rej → disagrees; item 4 nobody else
    ["with the others' most common label", UNEQUAL, "c", 0.5, 2, 0],
    // a: item 1 agrees, item 2 disagrees with b, item 3 others tie (b rej, c acc)
    ["leaving ties out", UNEQUAL, "a", 0.5, 2, 1],
    ["perfect agreement", PERFECT, "b", 1, 3, 0],
    ["systematic disagreement", OPPOSED, "a", 0, 4, 0],
    ["a single rater", SINGLE_RATER, "a", null, 0, 0],
    ["a rater who rated nothing", UNEQUAL, "z", null, 0, 0],
    ["no items", [], "a", null, 0, 0],
  ])("%s", (_label, items, rater, agreement, count, ties) => {
    expect(raterAgreement(items, rater)).toEqual({ rater, agreement, items: count, ties });
  });

  it("takes the plurality of the others even below half", () => {
    const items = [item({ a: "accepted", b: "accepted", c: "accepted", d: "rejected", e: "needs-edit", f: "needs-edit" })];
    // others of f: acc 3, rej 1, needs-edit 1 → accepted leads alone
    expect(raterAgreement(items, "f")).toEqual({ rater: "f", agreement: 0, items: 1, ties: 0 });
    // others of a: acc 2, needs-edit 2 → tie
    expect(raterAgreement(items, "a")).toEqual({ rater: "a", agreement: null, items: 0, ties: 1 });
  });
});

describe("no NaN", () => {
  const degenerate: RatedItem[][] = [[], SINGLE_RATER, [item({})], [item({ a: "pending", b: "pending" })], [item({ a: "accepted", b: "accepted" })]];
  const numbers = (value: unknown): unknown[] => (Array.isArray(value) ? value.flatMap(numbers) : typeof value === "object" && value !== null ? Object.values(value).flatMap(numbers) : [value]);

  it.each(degenerate.map((items, i) => [i, items] as const))("degenerate input %i gives numbers or null", (_i, items) => {
    const results = [percentAgreement(items), cohensKappa(items, "a", "b"), fleissKappa(items), pairwiseKappas(items), raterAgreement(items, "a")];
    expect(numbers(results).filter((v) => typeof v === "number" && !Number.isFinite(v))).toEqual([]);
  });
});
