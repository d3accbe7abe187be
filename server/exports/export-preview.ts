import {
  buckets,
  dedupeBy,
  planExport,
  preferencePairs,
  recordFacts,
  statFacts,
  statFactsKey,
  TRAIN,
  VALIDATION,
  type Bucket,
  type ContaminationHit,
  type BucketNumbers,
  type RecordFacts,
  type StatFacts,
} from "../pipeline/export";
import { contentFilter } from "../pipeline/export/select";
import { formats, type FormatName } from "../pipeline/formats";
import type { PreferencePair } from "../pipeline/schemas/preference";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { exportCard } from "./export-card";
import { planSettings } from "./plan-settings";
import { PositiveWindow } from "./positive-window";
import type { ExportRequest } from "./export-request";

/** Contaminated sample ids listed in a preview; the count covers them all. */
const LISTED_HITS = 200;

export type PreviewSettings = Omit<ExportRequest, "projectId" | "runIds" | "statuses" | "contamination">;

export interface ContaminationHitSummary {
  id: string;
  benchmarkIds: string[];
  reasons: string[];
}

export interface ExportPreview {
  /** Records the selection (runs, review statuses) matched. */
  selected: { total: number; positives: number; negatives: number };
  /** Positives left after the polarity / turn-kind filters and deduplication. */
  afterDedupe: number;
  dedupeRemoved: number;
  contamination?: { benchmark: string; checked: number; contaminated: number; dropped: boolean; byReason: Record<string, number>; hits: ContaminationHitSummary[] };
  mixture: {
    /** null: every selected positive is kept. */
    target: Partial<Record<Bucket, number>> | null;
    buckets: { bucket: Bucket; available: number; requested: BucketNumbers; achieved: BucketNumbers; short: boolean }[];
  };
  exported: { positives: number; negatives: number; pairs: number; train: number; validation: number };
  /** Rows each format file will hold per split. */
  files: { format: FormatName; kind: "sft" | "preference"; train: number; validation: number }[];
  card: string;
}

/** What a preview needs of each selected record, read once and reused while only the settings change. */
export interface ScannedRecords {
  facts: RecordFacts[];
  stats: StatFacts[];
  /** `statFactsKey` of each record's stats: equal stats are counted together in the card. */
  statKeys: string[];
  /** Per record: the preference pairs a negative makes with its positive at each level (0 for positives). */
  pairs: { turn: number[]; trajectory: number[] };
}

/** Reads the selected records once: their facts (with benchmark overlaps when a checker is given) and their pairs. */
export function scanRecords(records: Iterable<Trajectory>, check?: (t: Trajectory) => ContaminationHit[]): ScannedRecords {
  const scanned: ScannedRecords = { facts: [], stats: [], statKeys: [], pairs: { turn: [], trajectory: [] } };
  const window = new PositiveWindow<Trajectory>();
  for (const t of records) {
    const index = scanned.facts.length;
    scanned.facts.push(recordFacts(t, check));
    const stat = statFacts(t);
    scanned.stats.push(stat);
    scanned.statKeys.push(statFactsKey(stat));
    let built: PreferencePair[] = [];
    if (t.polarity === "positive") window.hold(t.id, t, index);
    else {
      const positive = window.positiveOf(t, index);
      if (positive) built = preferencePairs([positive, t], { level: "both" }).pairs;
    }
    scanned.pairs.turn.push(built.filter((p) => p.level === "turn").length);
    scanned.pairs.trajectory.push(built.filter((p) => p.level === "trajectory").length);
  }
  return scanned;
}

/**
 * The figures an export would have, from the scanned records, without writing anything. It decides
 * with the same plan as the export itself (`planExport` over the records' facts), and counts
 * preference pairs the way the export builds them, so the preview and the files agree.
 */
export function previewExport(scanned: ScannedRecords, settings: PreviewSettings, benchmark?: string): ExportPreview {
  const { facts, stats } = scanned;
  const pairsOf = (i: number): number =>
    settings.pairLevel === "both" ? (scanned.pairs.turn[i] ?? 0) + (scanned.pairs.trajectory[i] ?? 0) : (scanned.pairs[settings.pairLevel][i] ?? 0);
  const plan = planExport(facts, planSettings(settings, benchmark !== undefined));

  const statCounts = new Map<string, [StatFacts, number]>();
  const pairsIn = { train: 0, validation: 0 };
  const positivesIn = { train: 0, validation: 0 };
  stats.forEach((stat, i) => {
    const split = plan.splitOf[i];
    if (split !== TRAIN && split !== VALIDATION) return;
    const lane = split === TRAIN ? "train" : "validation";
    const key = scanned.statKeys[i] ?? "";
    const counted = statCounts.get(key);
    if (counted) counted[1]++;
    else statCounts.set(key, [stat, 1]);
    if (stat.polarity === "positive") positivesIn[lane]++;
    else pairsIn[lane] += pairsOf(i);
  });
  const pairs = pairsIn.train + pairsIn.validation;

  const filtered = facts.filter(contentFilter({ ...(settings.polarity ? { polarity: settings.polarity } : {}), ...(settings.turnKinds ? { turnKinds: settings.turnKinds } : {}) }));
  const positives = filtered.filter((f) => f.polarity === "positive");
  const checked = settings.dedupe ? dedupeBy(positives, (f) => f.dedupeKey).kept : positives;
  const contaminated = checked.filter((f) => f.contamination !== undefined);

  return {
    selected: { total: facts.length, positives: facts.filter((f) => f.polarity === "positive").length, negatives: facts.filter((f) => f.polarity === "negative").length },
    afterDedupe: checked.length,
    dedupeRemoved: plan.dedupeRemoved,
    ...(benchmark !== undefined && plan.contamination
      ? {
          contamination: {
            benchmark,
            checked: plan.contamination.checked,
            contaminated: plan.contamination.contaminated,
            dropped: settings.dropContaminated,
            byReason: { ...plan.contamination.byReason },
            hits: contaminated.slice(0, LISTED_HITS).map((f) => ({
              id: f.id,
              benchmarkIds: [...new Set((f.contamination ?? []).map((h) => h.benchmark_id))],
              reasons: [...new Set((f.contamination ?? []).map((h) => h.reason))],
            })),
          },
        }
      : {}),
    mixture: {
      target: settings.mixture,
      buckets: buckets.map((bucket) => ({
        bucket,
        available: plan.mixture.available[bucket],
        requested: plan.mixture.requested[bucket],
        achieved: plan.mixture.achieved[bucket],
        short: plan.mixture.short.includes(bucket),
      })),
    },
    exported: { positives: plan.positives, negatives: plan.negatives, pairs, ...plan.splits },
    files: settings.formats.map((format) => {
      const kind = formats[format].kind;
      return { format, kind, ...(kind === "sft" ? positivesIn : pairsIn) };
    }),
    card: exportCard({
      formats: settings.formats,
      plan,
      statCounts: statCounts.values(),
      pairs,
      dedupe: settings.dedupe,
      ...(benchmark !== undefined ? { contamination: { benchmark, dropped: settings.dropContaminated } } : {}),
    }),
  };
}
