import { createRandom } from "../random";
import type { TurnKind } from "../schemas/path";
import { type Mixture, type MixtureResult, achievedMixture, applyMixture, mixtureTargets } from "./mixture";
import type { RecordFacts } from "./record-facts";
import { contentFilter } from "./select";
import { HashSet53 } from "./hash-set";
import { TRAIN_SIDE, splitByPath } from "./split";

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
  mixture: Omit<MixtureResult<number>, "selected">;
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
  const wanted = contentFilter({ ...(settings.polarity ? { polarity: settings.polarity } : {}), ...(settings.turnKinds ? { turnKinds: settings.turnKinds } : {}) });
  // Records by their index in `facts` from here on: the plan decides per index.
  const factOf = (i: number): RecordFacts => facts[i] as RecordFacts;
  const chosen: number[] = [];
  let positives: number[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = factOf(i);
    if (!wanted(f)) continue;
    chosen.push(i);
    if (f.polarity === "positive") positives.push(i);
  }
  let dedupeRemoved = 0;
  if (settings.dedupe) {
    const first = new HashSet53(positives.length);
    /** Positives without a key count as having the same one. */
    let keyless = false;
    const before = positives.length;
    positives = positives.filter((i) => {
      const key = factOf(i).dedupeKey;
      if (key !== undefined) return first.add(key);
      if (keyless) return false;
      return (keyless = true);
    });
    dedupeRemoved = before - positives.length;
  }
  let contamination: ExportPlan["contamination"];
  if (settings.contamination) {
    const hit = positives.filter((i) => factOf(i).contamination !== undefined);
    const byReason: Record<string, number> = {};
    for (const i of hit) for (const { reason } of factOf(i).contamination ?? []) byReason[reason] = (byReason[reason] ?? 0) + 1;
    contamination = { checked: positives.length, contaminated: hit.length, byReason };
    if (settings.contamination.drop) positives = positives.filter((i) => factOf(i).contamination === undefined);
  }
  const bucketOf = (i: number) => factOf(i).bucket;
  // Without a requested mixture nothing is thrown away (nor sampled): the default shares are only reported beside what was kept.
  const mixed = settings.mixture
    ? applyMixture(positives, settings.mixture, { bucketOf, random: random.fork("mixture") })
    : mixtureTargets(positives, undefined, { bucketOf, total: positives.length });
  const selected = "selected" in mixed ? mixed.selected : positives;
  const mixture = { available: mixed.available, requested: mixed.requested, short: mixed.short, achieved: achievedMixture(selected, bucketOf) };
  // The items to split: the selected positives, then the negatives of those, each with its positive's place.
  const items = [...selected];
  const partnerOf = selected.map(() => -1);
  const isSelected = new Uint8Array(facts.length);
  for (const i of selected) isSelected[i] = 1;
  let placeOf: Map<string, number> | undefined;
  /** The last selected positive passed, and its place: a negative usually follows its positive. */
  let recentId = "";
  let recentPlace = -1;
  for (const i of chosen) {
    const f = factOf(i);
    if (isSelected[i] === 1) {
      recentId = f.id;
      recentPlace++;
    }
    if (f.polarity !== "negative" || f.pair === undefined) continue;
    const positiveId = f.pair.positive_id;
    const place = positiveId === recentId ? recentPlace : (placeOf ??= new Map(selected.map((s, at) => [factOf(s).id, at]))).get(positiveId);
    if (place === undefined) continue;
    items.push(i);
    partnerOf.push(place);
  }
  const sides = splitByPath(
    items.map((i) => factOf(i).path_id),
    partnerOf,
    { ratio: settings.split, random: random.fork("split") },
  );
  const splitOf = new Uint8Array(facts.length);
  items.forEach((i, place) => (splitOf[i] = sides[place] === TRAIN_SIDE ? TRAIN : VALIDATION));
  const train = sides.reduce((n, side) => (side === TRAIN_SIDE ? n + 1 : n), 0);
  return {
    splitOf,
    positives: selected.length,
    negatives: items.length - selected.length,
    splits: { train, validation: items.length - train },
    mixture,
    dedupeRemoved,
    ...(contamination ? { contamination } : {}),
  };
}
