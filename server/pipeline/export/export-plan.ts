import { createRandom } from "../random";
import type { TurnKind } from "../schemas/path";
import { dedupeBy } from "./dedupe";
import { type Mixture, type MixtureResult, achievedMixture, applyMixture } from "./mixture";
import type { RecordFacts } from "./record-facts";
import { contentFilter } from "./select";
import { splitTrajectories } from "./split";

export interface PlanSettings {
  seed: number;
  /** Share of samples in train; the rest go to validation. */
  split: number;
  mixture?: Mixture;
  polarity?: readonly ("positive" | "negative")[];
  turnKinds?: readonly TurnKind[];
  dedupe: boolean;
  /** Whether records were checked against a benchmark, and whether overlapping ones are left out. */
  contamination?: { drop: boolean };
}

export const NOT_EXPORTED = 0;
export const TRAIN = 1;
export const VALIDATION = 2;

export interface ExportPlan {
  /** Per record, in input order: NOT_EXPORTED, TRAIN or VALIDATION. */
  splitOf: Uint8Array;
  positives: number;
  negatives: number;
  splits: { train: number; validation: number };
  mixture: Omit<MixtureResult<RecordFacts>, "selected">;
  dedupeRemoved: number;
  contamination?: { checked: number; contaminated: number; byReason: Record<string, number> };
}

/**
 * What goes where, decided from every record's facts at once. Negatives repeat their positive's queries
 * and references by design: only positives are deduplicated, checked for contamination and mixed, and a
 * negative goes wherever its positive goes.
 */
export function planExport(facts: readonly RecordFacts[], settings: PlanSettings): ExportPlan {
  const random = createRandom(settings.seed);
  const chosen = facts.filter(
    contentFilter({ ...(settings.polarity ? { polarity: settings.polarity } : {}), ...(settings.turnKinds ? { turnKinds: settings.turnKinds } : {}) }),
  );
  let positives = chosen.filter((f) => f.polarity === "positive");
  let dedupeRemoved = 0;
  if (settings.dedupe) {
    const deduped = dedupeBy(positives, (f) => f.dedupeKey);
    positives = deduped.kept;
    dedupeRemoved = deduped.removed.length;
  }
  let contamination: ExportPlan["contamination"];
  if (settings.contamination) {
    const hit = positives.filter((f) => f.contamination !== undefined);
    const byReason: Record<string, number> = {};
    for (const f of hit) for (const { reason } of f.contamination ?? []) byReason[reason] = (byReason[reason] ?? 0) + 1;
    contamination = { checked: positives.length, contaminated: hit.length, byReason };
    if (settings.contamination.drop) positives = positives.filter((f) => f.contamination === undefined);
  }
  const bucketOf = (f: RecordFacts) => f.bucket;
  const mixed = applyMixture(positives, settings.mixture, {
    bucketOf,
    random: random.fork("mixture"),
    ...(settings.mixture ? {} : { total: positives.length }),
  });
  // Without a requested mixture nothing is thrown away: the default shares are only reported beside what was kept.
  const selected = settings.mixture ? mixed.selected : positives;
  const mixture = { available: mixed.available, requested: mixed.requested, short: mixed.short, achieved: achievedMixture(selected, bucketOf) };
  const kept = new Set(selected.map((f) => f.id));
  const negatives = chosen.filter((f) => f.polarity === "negative" && f.pair !== undefined && kept.has(f.pair.positive_id));
  const { train, validation } = splitTrajectories([...selected, ...negatives], { ratio: settings.split, random: random.fork("split") });
  const indexOf = new Map(facts.map((f, i) => [f, i]));
  const splitOf = new Uint8Array(facts.length);
  for (const f of train) splitOf[indexOf.get(f) ?? -1] = TRAIN;
  for (const f of validation) splitOf[indexOf.get(f) ?? -1] = VALIDATION;
  return {
    splitOf,
    positives: selected.length,
    negatives: negatives.length,
    splits: { train: train.length, validation: validation.length },
    mixture,
    dedupeRemoved,
    ...(contamination ? { contamination } : {}),
  };
}
