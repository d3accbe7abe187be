import type { TurnKind } from "../schemas/path";
import type { Trajectory } from "../schemas/trajectory";
import type { BucketNumbers } from "./mixture";
import { type Bucket, bucketCounts, turnKindCounts } from "./sample-kind";

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
  splits: Record<string, readonly Trajectory[]>;
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

/** The numbers the dataset card renders, over every trajectory exported (all splits). */
export function exportStats(trajectories: readonly Trajectory[], extra: ExportExtra): ExportStats {
  const errorTypes: Record<string, number> = {};
  const teachers: Record<string, number> = {};
  const operations: Record<string, number> = {};
  const checks: Record<string, { passed: number; failed: number }> = {};
  const prompts: Record<string, Set<string>> = {};
  const seeds = new Set<number>();
  let positive = 0;
  for (const t of trajectories) {
    if (t.polarity === "positive") positive++;
    else increment(errorTypes, t.error_type ?? "unknown");
    increment(teachers, `${t.provenance.teacher.backend}/${t.provenance.teacher.model}`);
    for (const op of t.provenance.operations) increment(operations, op.op);
    for (const [name, verdict] of Object.entries(t.checks)) {
      const entry = (checks[name] ??= { passed: 0, failed: 0 });
      if (verdict.passed) entry.passed++;
      else entry.failed++;
    }
    for (const [id, hash] of Object.entries(t.provenance.prompts)) (prompts[id] ??= new Set()).add(hash);
    seeds.add(t.provenance.seed);
  }
  return {
    name: extra.name ?? "magnet-function-calling",
    license: extra.license ?? "other",
    total: trajectories.length,
    splits: Object.fromEntries(Object.entries(extra.splits).map(([split, list]) => [split, list.length])),
    formats: extra.formats,
    polarity: { positive, negative: trajectories.length - positive },
    turnKinds: turnKindCounts(trajectories),
    buckets: bucketCounts(trajectories),
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
