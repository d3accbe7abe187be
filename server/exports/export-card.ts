import { datasetCard, statsFromFacts, type ExportPlan, type StatFacts } from "../pipeline/export";
import { formats, type FormatName } from "../pipeline/formats";
import { SPLITS, splitDir } from "./layout";

export interface CardInput {
  formats: readonly FormatName[];
  plan: ExportPlan;
  /** Each distinct exported record's stat facts and how many exported records have them. */
  statCounts: Iterable<readonly [StatFacts, number]>;
  pairs: number;
  dedupe: boolean;
  /** When a benchmark was checked: its file name and whether overlapping samples were left out. */
  contamination?: { benchmark: string; dropped: boolean };
}

/** The dataset card of an export, the same whether it is previewed or written. */
export function exportCard(input: CardInput): string {
  const { plan } = input;
  const stats = statsFromFacts(input.statCounts, {
    splits: plan.splits,
    formats: input.formats.map((name) => ({
      name,
      // One file per split and config: BFCL's possible answers sit beside its entries, not in the config.
      files: SPLITS.map((split) => ({ split, path: splitDir(split, formats[name].files[0] ?? "") })),
    })),
    mixture: { requested: plan.mixture.requested, achieved: plan.mixture.achieved, short: plan.mixture.short },
    ...(input.dedupe ? { dedupe: { removed: plan.dedupeRemoved } } : {}),
    ...(plan.contamination && input.contamination
      ? {
          contamination: {
            benchmark: input.contamination.benchmark,
            checked: plan.contamination.checked,
            contaminated: plan.contamination.contaminated,
            dropped: input.contamination.dropped,
            byReason: plan.contamination.byReason,
          },
        }
      : {}),
    preferencePairs: { built: input.pairs, skipped: 0 },
  });
  return datasetCard(stats);
}
