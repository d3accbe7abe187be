import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import type { Trajectory } from "../schemas/trajectory";
import { statFacts, statFactsKey } from "./export-stats";
import { sampleKind } from "./sample-kind";
import { StatFactsIndex, areStatFactsOf } from "./stat-facts-index";
import { makeTrajectory } from "./test-trajectory";

const indexOf = (index: StatFactsIndex, t: Trajectory) => index.indexOf(t, sampleKind(t));

// Same checks in another order are other facts (another JSON text).
const checkSets: Record<string, boolean>[] = [{ schema: true }, { schema: false }, { schema: true, unknown_names: true }, { unknown_names: true, schema: true }, { schema: true, unknown_names: false }];
// Teachers whose "backend/model" texts are equal ("a/b" + "c" and "a" + "b/c") are the same facts.
const teachers = [
  { backend: "offline", model: "magnet-offline-1" },
  { backend: "a/b", model: "c" },
  { backend: "a", model: "b/c" },
  { backend: "a", model: "bc" },
];
// One set is the start of another: only the count tells them apart.
const promptSets: Record<string, string>[] = [{ "distill_positive@1": "abc123" }, { "distill_positive@1": "other" }, { "distill_positive@1": "abc123", "back_translate@1": "x" }, {}];
const insert = { op: "insert", function: "g", after: 0, mode: "same_turn" } as const;
const operationLists: Trajectory["provenance"]["operations"][] = [[], [{ op: "merge", at: 0 }], [insert], [{ op: "merge", at: 0 }, insert]];

describe("StatFactsIndex", () => {
  it("gives equal facts (equal statFactsKey) one index, in first-seen order", () => {
    const one = makeTrajectory({ id: "a", turns: [{ query: "q", calls: [["f", {}]] }] });
    const same = makeTrajectory({ id: "b", turns: [{ query: "other", calls: [["g", { x: 1 }]] }] });
    const failed = makeTrajectory({ id: "c", turns: [{ query: "q", calls: [["f", {}]] }], checks: { schema: false } });
    const negative = makeTrajectory({ id: "d", polarity: "negative", error_type: "wrong_arguments", turns: [{ query: "q", calls: [["f", {}]] }] });
    const records = [one, same, failed, negative, failed];
    const index = new StatFactsIndex();
    const at = records.map((t) => indexOf(index, t));
    expect(statFactsKey(statFacts(one))).toBe(statFactsKey(statFacts(same)));
    expect(at).toEqual([0, 0, 1, 2, 1]);
    expect(index.stats.map(statFactsKey)).toEqual([one, failed, negative].map((t) => statFactsKey(statFacts(t))));
  });

  // Records that differ in each of the facts' fields, and some whose facts are equal though their fields are not.
  const random = createRandom(7);
  const pick = <T>(items: readonly T[]): T => items[random.int(items.length)] as T;
  const records = Array.from({ length: 400 }, (_, i) => {
    const negative = random.int(2) === 1;
    const base = makeTrajectory({
      id: `r${i}`,
      polarity: negative ? "negative" : "positive",
      ...(negative && random.int(3) > 0 ? { error_type: pick(["wrong_arguments", "unknown"]) } : {}),
      turns: Array.from({ length: 1 + random.int(2) }, (_, k) => (random.int(4) === 0 ? { query: `q${k}` } : { query: `q${k}`, calls: [["f", { k }]] })),
      checks: pick(checkSets),
      operations: pick(operationLists),
    });
    const teacher = pick(teachers);
    const prompts = pick(promptSets);
    return { ...base, provenance: { ...base.provenance, teacher, prompts, seed: pick([1, 2]) } };
  });
  /** Copies of `t` with one field of its facts changed (or only its spelling: the same facts). */
  const variants = (t: Trajectory): Trajectory[] => [
    ...teachers.map((teacher) => ({ ...t, provenance: { ...t.provenance, teacher } })),
    ...promptSets.map((prompts) => ({ ...t, provenance: { ...t.provenance, prompts } })),
    ...operationLists.map((operations) => ({ ...t, provenance: { ...t.provenance, operations } })),
    { ...t, provenance: { ...t.provenance, seed: t.provenance.seed + 1 } },
    ...checkSets.map((checks) => ({ ...t, checks: Object.fromEntries(Object.entries(checks).map(([name, passed]) => [name, { passed, problems: [] }])) })),
    ...(t.polarity === "negative" ? [{ ...t, error_type: "unknown" }, { ...t, error_type: "other" }] : []),
    { ...t, turns: t.turns.map((turn) => ({ ...turn, kind: turn.kind === "call" ? ("irrelevant" as const) : ("call" as const) })) },
  ];

  it("recognizes a record's facts exactly when their statFactsKey is the record's", () => {
    for (const t of records.slice(0, 60))
      for (const other of [t, ...variants(t)]) {
        const key = statFactsKey(statFacts(t));
        const otherKey = statFactsKey(statFacts(other));
        expect(areStatFactsOf(statFacts(t), other, sampleKind(other)), `${key} of ${otherKey}`).toBe(key === otherKey);
        expect(areStatFactsOf(statFacts(other), t, sampleKind(t)), `${otherKey} of ${key}`).toBe(key === otherKey);
      }
  });

  it("tells records apart exactly as their statFactsKey does, whichever field differs", () => {
    const index = new StatFactsIndex();
    const at = records.map((t) => indexOf(index, t));
    const keys = records.map((t) => statFactsKey(statFacts(t)));
    const firstOf = new Map<string, number>();
    keys.forEach((key) => firstOf.set(key, firstOf.get(key) ?? firstOf.size));
    expect(at).toEqual(keys.map((key) => firstOf.get(key)));
    expect(index.stats.map(statFactsKey)).toEqual([...firstOf.keys()]);
    expect(firstOf.size).toBeGreaterThan(100);
  });
});
