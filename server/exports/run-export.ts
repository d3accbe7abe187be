import { readFileSync } from "node:fs";
import path from "node:path";
import {
  applyMixture,
  datasetCard,
  dedupeTrajectories,
  exportStats,
  findContamination,
  parseBenchmark,
  preferencePairs,
  selectTrajectories,
  shuffleTools,
  splitTrajectories,
  type Mixture,
  type PairLevel,
} from "../pipeline/export";
import { InvalidInput } from "../pipeline/errors";
import { formats, sharegptDatasetInfo, type FormatName } from "../pipeline/formats";
import { createRandom } from "../pipeline/random";
import type { TurnKind } from "../pipeline/schemas/path";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { openAtomicFile, type AtomicFile } from "./atomic-file";
import { readRecords, readTrajectories } from "./read-trajectories";
import { skeletonOf, trajectorySkeleton } from "./skeleton";

export const SPLITS = ["train", "validation"] as const;
type Split = (typeof SPLITS)[number];

export interface ExportSettings {
  input: string;
  outDir: string;
  formats: readonly FormatName[];
  seed: number;
  /** Share of samples in train; the rest go to validation. */
  split: number;
  mixture?: Mixture;
  polarity?: readonly ("positive" | "negative")[];
  turnKinds?: readonly TurnKind[];
  dedupe: boolean;
  contamination?: string;
  dropContaminated: boolean;
  pairLevel: PairLevel | "both";
  onProgress?: (phase: "reading" | "writing", records: number) => void;
}

export interface ExportSummary {
  files: string[];
  positives: number;
  negatives: number;
  pairs: number;
  splits: Record<Split, number>;
  dedupeRemoved: number;
  contaminated: number;
  card: string;
}

const splitDir = (split: Split, formatFile: string) => path.join(split, formatFile);

/** Chooses what to export from the records' skeletons: the decisions that need every record at once. */
function plan(skeletons: Trajectory[], settings: ExportSettings, benchmark: ReturnType<typeof parseBenchmark> | undefined) {
  const random = createRandom(settings.seed);
  const chosen = selectTrajectories(
    skeletons.map((trajectory) => ({ trajectory })),
    { ...(settings.polarity ? { polarity: settings.polarity } : {}), ...(settings.turnKinds ? { turnKinds: settings.turnKinds } : {}) },
  );
  // Negatives repeat their positive's queries and references by design: only positives are deduplicated
  // and mixed, and a negative goes wherever its positive goes.
  let positives = chosen.filter((t) => t.polarity === "positive");
  const deduped = settings.dedupe ? dedupeTrajectories(positives) : undefined;
  if (deduped) positives = deduped.kept;
  const contamination = benchmark ? findContamination(positives, benchmark, { dropContaminated: settings.dropContaminated }) : undefined;
  if (contamination) positives = contamination.kept;
  // Without a requested mixture nothing is thrown away: the default shares are reported against what was achieved.
  const mixture = applyMixture(positives, settings.mixture, { random: random.fork("mixture"), ...(settings.mixture ? {} : { total: positives.length }) });
  const kept = new Set(mixture.selected.map((t) => t.id));
  const negatives = chosen.filter((t) => t.polarity === "negative" && t.pair !== undefined && kept.has(t.pair.positive_id));
  const { train, validation } = splitTrajectories([...mixture.selected, ...negatives], { ratio: settings.split, random: random.fork("split") });
  const splitOf = new Map<string, Split>([...train.map((t) => [t.id, "train"] as const), ...validation.map((t) => [t.id, "validation"] as const)]);
  const pendingNegatives = new Map<string, number>();
  for (const n of negatives) if (n.pair) pendingNegatives.set(n.pair.positive_id, (pendingNegatives.get(n.pair.positive_id) ?? 0) + 1);
  return { splitOf, train, validation, mixture, deduped, contamination, pendingNegatives, positives: mixture.selected.length, negatives: negatives.length };
}

/**
 * Two passes over the input, so memory holds skeletons, not records: the first reads every record's
 * skeleton and decides what goes where; the second streams the records through the formats into
 * files written atomically (temporary name, renamed when complete).
 */
export async function runExport(settings: ExportSettings): Promise<ExportSummary> {
  const benchmark = settings.contamination ? parseBenchmark(readText(settings.contamination), settings.contamination) : undefined;
  const skeletons: Trajectory[] = [];
  for await (const { value } of readRecords(settings.input, trajectorySkeleton)) {
    skeletons.push(skeletonOf(value));
    if (skeletons.length % 10_000 === 0) settings.onProgress?.("reading", skeletons.length);
  }
  const decided = plan(skeletons, settings, benchmark);
  const files = new Map<string, AtomicFile>();
  const fileFor = (relative: string): AtomicFile => {
    let file = files.get(relative);
    if (!file) files.set(relative, (file = openAtomicFile(path.join(settings.outDir, relative))));
    return file;
  };
  const wanted = settings.formats.map((name) => ({ name, spec: formats[name] }));
  const waitingPositives = new Map<string, Trajectory>();
  const waitingNegatives = new Map<string, Trajectory[]>();
  const shuffleRandom = createRandom(settings.seed).fork("tools");
  let pairs = 0;
  let written = 0;

  const writePairs = async (positive: Trajectory, negatives: readonly Trajectory[], split: Split) => {
    const built = preferencePairs([positive, ...negatives], { level: settings.pairLevel }).pairs;
    pairs += built.length;
    for (const { spec } of wanted) {
      if (spec.kind !== "preference") continue;
      for (const pair of built) {
        const rows = spec.rows(pair);
        for (const [i, row] of rows.entries()) await fileFor(splitDir(split, spec.files[i] ?? "")).write(`${JSON.stringify(row)}\n`);
      }
    }
  };

  try {
    for await (const { trajectory: raw } of readTrajectories(settings.input)) {
      const split = decided.splitOf.get(raw.id);
      if (!split) continue;
      const [record] = shuffleTools([raw], shuffleRandom);
      if (!record) continue;
      if (record.polarity === "positive") {
        for (const { spec } of wanted) {
          if (spec.kind !== "sft") continue;
          const rows = spec.rows(record);
          for (const [i, row] of rows.entries()) await fileFor(splitDir(split, spec.files[i] ?? "")).write(`${JSON.stringify(row)}\n`);
        }
        const early = waitingNegatives.get(record.id);
        if (early) {
          waitingNegatives.delete(record.id);
          await writePairs(record, early, split);
          decided.pendingNegatives.set(record.id, (decided.pendingNegatives.get(record.id) ?? 0) - early.length);
        }
        if ((decided.pendingNegatives.get(record.id) ?? 0) > 0) waitingPositives.set(record.id, record);
      } else if (record.pair) {
        // Synth writes a path's positive before its negatives; a file in another order still pairs, at the cost of memory.
        const positive = waitingPositives.get(record.pair.positive_id);
        if (!positive) {
          waitingNegatives.set(record.pair.positive_id, [...(waitingNegatives.get(record.pair.positive_id) ?? []), record]);
          continue;
        }
        await writePairs(positive, [record], split);
        const left = (decided.pendingNegatives.get(positive.id) ?? 1) - 1;
        decided.pendingNegatives.set(positive.id, left);
        if (left <= 0) waitingPositives.delete(positive.id);
      }
      if (++written % 10_000 === 0) settings.onProgress?.("writing", written);
    }
    const sharegpt = settings.formats.filter((name) => name === "sharegpt" || name === "sharegpt-dpo");
    if (sharegpt.length > 0) {
      const info = Object.assign(
        {},
        ...SPLITS.flatMap((split) =>
          sharegpt.map((name) => sharegptDatasetInfo(`magnet_${name.replace("-", "_")}_${split}`, splitDir(split, formats[name].files[0] ?? ""), { ranking: name === "sharegpt-dpo" })),
        ),
      );
      await fileFor("dataset_info.json").write(`${JSON.stringify(info, null, 2)}\n`);
    }
    const stats = exportStats([...decided.train, ...decided.validation], {
      splits: { train: decided.train, validation: decided.validation },
      formats: settings.formats.map((name) => ({
        name,
        // One file per split and config: BFCL's possible answers sit beside its entries, not in the config.
        files: SPLITS.map((split) => ({ split, path: splitDir(split, formats[name].files[0] ?? "") })),
      })),
      mixture: { requested: decided.mixture.requested, achieved: decided.mixture.achieved, short: decided.mixture.short },
      ...(decided.deduped ? { dedupe: { removed: decided.deduped.removed.length } } : {}),
      ...(decided.contamination && settings.contamination
        ? {
            contamination: {
              benchmark: path.basename(settings.contamination),
              checked: decided.contamination.checked,
              contaminated: decided.contamination.contaminated.length,
              dropped: settings.dropContaminated,
              byReason: countBy(decided.contamination.hits.map((h) => h.reason)),
            },
          }
        : {}),
      preferencePairs: { built: pairs, skipped: 0 },
    });
    const card = datasetCard(stats);
    await fileFor("README.md").write(card);
    for (const file of files.values()) await file.commit();
    return {
      files: [...files.keys()].sort(),
      positives: decided.positives,
      negatives: decided.negatives,
      pairs,
      splits: { train: decided.train.length, validation: decided.validation.length },
      dedupeRemoved: decided.deduped?.removed.length ?? 0,
      contaminated: decided.contamination?.contaminated.length ?? 0,
      card,
    };
  } catch (error) {
    for (const file of files.values()) file.abort();
    throw error;
  }
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
}
