import { describe, expect, it } from "vitest";
import { planExport } from "./export-plan";
import type { RecordFacts } from "./record-facts";
import type { Bucket } from "./sample-kind";

const positives = (counts: Partial<Record<Bucket, number>>): RecordFacts[] =>
  Object.entries(counts).flatMap(([bucket, n]) =>
    Array.from({ length: n ?? 0 }, (_, i) => ({ id: `${bucket}${i}`, path_id: `${bucket}${i}`, polarity: "positive" as const, bucket: bucket as Bucket, turnKinds: ["call" as const], dedupeKey: i })),
  );

describe("planExport", () => {
  it("keeps every positive without a mixture, and reports the default 16 % irrelevance as requested", () => {
    const plan = planExport(positives({ single: 10, multi_turn: 7, irrelevance: 1 }), { seed: 1, split: 1, dedupe: false });
    expect(plan.positives).toBe(18);
    expect(plan.mixture.achieved.single.count).toBe(10);
    expect(plan.mixture.requested.irrelevance.share).toBe(0.16);
    expect(plan.mixture.short).toEqual(["irrelevance"]);
  });

  it("keeps a requested mixture's down-sampling", () => {
    const plan = planExport(positives({ single: 10, irrelevance: 10 }), { seed: 1, split: 1, dedupe: false, mixture: { single: 0.5, irrelevance: 0.5 } });
    expect(plan.positives).toBe(20);
    const skewed = planExport(positives({ single: 10, irrelevance: 2 }), { seed: 1, split: 1, dedupe: false, mixture: { single: 0.5, irrelevance: 0.5 } });
    expect(skewed.positives).toBe(4);
  });
});
