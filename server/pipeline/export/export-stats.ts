import { z } from "zod";
import { type TurnKind, turnKind, turnKinds as allTurnKinds } from "../schemas/path";
import type { Trajectory } from "../schemas/trajectory";
import type { BucketNumbers } from "./mixture";
import { type Bucket, buckets, emptyBucketCounts, sampleKind } from "./sample-kind";

export interface ExportFormatFiles {
  /** Config name on the hub, e.g. `openai`, `trl`, `sharegpt`. */
  name: string;
  files: { split: string; path: string }[];
}

/** What the caller knows beyond the trajectories themselves. */
export interface ExportExtra {
  name?: string;
  license?: string;
  /** Trajectories per split name. */
  splits: Record<string, number>;
  formats: ExportFormatFiles[];
  /** Tool catalogs the data was synthesized from (file names or titles). */
  catalogs?: string[];
  mixture?: { requested: Record<Bucket, BucketNumbers>; achieved: Record<Bucket, BucketNumbers>; short: Bucket[] };
  dedupe?: { removed: number };
  contamination?: { benchmark: string; checked: number; contaminated: number; dropped: boolean; byReason: Record<string, number> };
  preferencePairs?: { built: number; skipped: number };
  notes?: string[];
}

export interface ExportStats {
  name: string;
  license: string;
  total: number;
  splits: Record<string, number>;
  formats: ExportFormatFiles[];
  polarity: { positive: number; negative: number };
  turnKinds: Record<TurnKind, number>;
  buckets: Record<Bucket, number>;
  errorTypes: Record<string, number>;
  catalogs: string[];
  /** `backend/model` → trajectories. */
  teachers: Record<string, number>;
  /** Operation name → times applied. */
  operations: Record<string, number>;
  checks: Record<string, { passed: number; failed: number }>;
  /** Prompt template id → hashes seen. */
  prompts: Record<string, string[]>;
  seeds: number[];
  mixture?: ExportExtra["mixture"];
  dedupe?: ExportExtra["dedupe"];
  contamination?: ExportExtra["contamination"];
  preferencePairs?: ExportExtra["preferencePairs"];
  notes: string[];
}

const increment = (record: Record<string, number>, key: string, by = 1): void => {
  record[key] = (record[key] ?? 0) + by;
};

/**
 * What the card counts of one trajectory. Many trajectories share the same facts, so an export keeps
 * one copy per distinct value (see `statFactsKey`) and a count, instead of the trajectories.
 */
export const statFactsSchema = z.object({
  polarity: z.enum(["positive", "negative"]),
  errorType: z.string().optional(),
  teacher: z.string(),
  operations: z.array(z.string()),
  /** Check name → passed. */
  checks: z.array(z.tuple([z.string(), z.boolean()])),
  prompts: z.array(z.tuple([z.string(), z.string()])),
  seed: z.number(),
  turnKinds: z.array(turnKind),
  bucket: z.enum(buckets),
});
export type StatFacts = z.infer<typeof statFactsSchema>;

export function statFacts(t: Trajectory): StatFacts {
  return {
    polarity: t.polarity,
    ...(t.polarity === "negative" ? { errorType: t.error_type ?? "unknown" } : {}),
    teacher: `${t.provenance.teacher.backend}/${t.provenance.teacher.model}`,
    operations: t.provenance.operations.map((op) => op.op),
    checks: Object.entries(t.checks).map(([name, verdict]) => [name, verdict.passed]),
    prompts: Object.entries(t.provenance.prompts),
    seed: t.provenance.seed,
    turnKinds: t.turns.map((turn) => turn.kind),
    bucket: sampleKind(t),
  };
}

/** Equal for equal facts (the fields are built in a fixed order). */
export const statFactsKey = (facts: StatFacts): string => JSON.stringify(facts);

/** The numbers the dataset card renders, from each distinct trajectory's facts and how many exported trajectories have them. */
export function statsFromFacts(counted: Iterable<readonly [StatFacts, number]>, extra: ExportExtra): ExportStats {
  const errorTypes: Record<string, number> = {};
  const teachers: Record<string, number> = {};
  const operations: Record<string, number> = {};
  const checks: Record<string, { passed: number; failed: number }> = {};
  const prompts: Record<string, Set<string>> = {};
  const turnKinds = Object.fromEntries(allTurnKinds.map((k) => [k, 0])) as Record<TurnKind, number>;
  const bucketTotals = emptyBucketCounts();
  const seeds = new Set<number>();
  let total = 0;
  let positive = 0;
  for (const [facts, count] of counted) {
    if (count === 0) continue;
    total += count;
    if (facts.polarity === "positive") positive += count;
    else increment(errorTypes, facts.errorType ?? "unknown", count);
    increment(teachers, facts.teacher, count);
    for (const op of facts.operations) increment(operations, op, count);
    for (const [name, passed] of facts.checks) {
      const entry = (checks[name] ??= { passed: 0, failed: 0 });
      if (passed) entry.passed += count;
      else entry.failed += count;
    }
    for (const [id, hash] of facts.prompts) (prompts[id] ??= new Set()).add(hash);
    for (const kind of facts.turnKinds) turnKinds[kind] += count;
    bucketTotals[facts.bucket] += count;
    seeds.add(facts.seed);
  }
  return {
    name: extra.name ?? "magnet-function-calling",
    license: extra.license ?? "other",
    total,
    splits: extra.splits,
    formats: extra.formats,
    polarity: { positive, negative: total - positive },
    turnKinds,
    buckets: bucketTotals,
    errorTypes,
    catalogs: extra.catalogs ?? [],
    teachers,
    operations,
    checks,
    prompts: Object.fromEntries(Object.entries(prompts).map(([id, set]) => [id, [...set].sort()])),
    seeds: [...seeds].sort((a, b) => a - b),
    mixture: extra.mixture,
    dedupe: extra.dedupe,
    contamination: extra.contamination,
    preferencePairs: extra.preferencePairs,
    notes: extra.notes ?? [],
  };
}

/** The numbers the dataset card renders, over every trajectory exported (all splits). */
export function exportStats(trajectories: readonly Trajectory[], extra: ExportExtra): ExportStats {
  return statsFromFacts(
    trajectories.map((t) => [statFacts(t), 1] as const),
    extra,
  );
}
