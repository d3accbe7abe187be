import { datasetCard, statsFromFacts, type ExportPlan, type StatFacts } from "../pipeline/export";
import { formats, type FormatName } from "../pipeline/formats";
import { cardCode, cardText } from "./card-text";
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

/** A record's facts with their outside text made inert for the card; before counting, so values that become equal are counted together. */
const cardFacts = (facts: StatFacts): StatFacts => ({
  ...facts,
  ...(facts.errorType === undefined ? {} : { errorType: cardText(facts.errorType) }),
  teacher: cardText(facts.teacher),
  operations: facts.operations.map(cardText),
  checks: facts.checks.map(([name, passed]) => [cardText(name), passed]),
  prompts: facts.prompts.map(([id, hash]) => [cardCode(id), cardCode(hash)]),
});

function* inertCounts(counts: Iterable<readonly [StatFacts, number]>): Iterable<readonly [StatFacts, number]> {
  for (const [facts, count] of counts) yield [cardFacts(facts), count];
}

/** The dataset card of an export, the same whether it is previewed or written. */
export function exportCard(input: CardInput): string {
  const { plan } = input;
  const stats = statsFromFacts(inertCounts(input.statCounts), {
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
            benchmark: cardText(input.contamination.benchmark),
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
