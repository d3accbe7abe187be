import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { planExport, preferencePairs, shuffleOwnTools, type PairLevel, type PlanSettings, type RecordFacts, type StatFacts } from "../pipeline/export";
import { formats, sharegptDatasetInfo, type FormatName } from "../pipeline/formats";
import { createRandom } from "../pipeline/random";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { openAtomicFile, type AtomicFile } from "./atomic-file";
import { SplitFiles } from "./buffered-file";
import { exportCard } from "./export-card";
import { SPLITS, splitDir, type Split } from "./layout";
import { lineBatches } from "../json-lines";
import { planSettings } from "./plan-settings";
import { spoolFile, type Scanner, type ScanResult } from "./scan-range";
import { bytesPerSplit, copySpool } from "./spool-copy";
import { trajectoryParser } from "./trajectory-parser";

export interface EngineSettings extends Omit<PlanSettings, "contamination"> {
  input: string;
  outDir: string;
  formats: readonly FormatName[];
  /** A benchmark file (BFCL entries) to check overlap against. */
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

/**
 * Exports in two steps so memory holds a few facts per record, never the records. The scan reads the
 * input once (in the parts `scan` chooses: worker threads for the CLI, this thread in the studio's
 * server), validating each record and writing every format's rows to spool files; the plan then decides from the facts what goes to which split; the copy moves
 * the chosen spool rows into files written atomically (temporary name, renamed when complete).
 */
export async function writeExport(settings: EngineSettings, scan: Scanner): Promise<ExportSummary> {
  const spoolDir = path.join(settings.outDir, `.export-${process.pid}.partial`);
  mkdirSync(spoolDir, { recursive: true });
  const opened = new Map<string, AtomicFile>();
  const open = (relative: string): AtomicFile => {
    let file = opened.get(relative);
    if (!file) opened.set(relative, (file = openAtomicFile(path.join(settings.outDir, relative))));
    return file;
  };
  try {
    const parts = await scan(
      {
        input: settings.input,
        spoolDir,
        formats: [...settings.formats],
        seed: settings.seed,
        pairLevel: settings.pairLevel,
        ...(settings.contamination ? { contamination: settings.contamination } : {}),
      },
      (records) => settings.onProgress?.("reading", records),
    );
    // `concat` copies each part's array at once; `flatMap` took 25 ms for 100,000 facts, on the export's single-threaded tail.
    const facts = ([] as RecordFacts[]).concat(...parts.map((p) => p.facts));
    const plan = planExport(facts, planSettings(settings, settings.contamination !== undefined));
    const bases = partBases(parts);

    let pairs = 0;
    const orphans: number[] = [];
    const statCounts = new Map<StatFacts, number>();
    parts.forEach((part, p) => {
      const base = bases[p] ?? 0;
      part.facts.forEach((_, i) => {
        if (plan.splitOf[base + i] === 0) return;
        const stat = part.stats[part.statOf[i] ?? -1];
        if (stat) statCounts.set(stat, (statCounts.get(stat) ?? 0) + 1);
        const built = part.pairsOf[i] ?? 0;
        if (built > 0) pairs += built;
        else if (built < 0) orphans.push(base + i);
      });
    });

    const targets = new Map<string, SplitFiles>();
    let copied = 0;
    const onRecord = () => {
      if (++copied % 100_000 === 0) settings.onProgress?.("writing", copied);
    };
    for (const [n, name] of settings.formats.entries())
      for (const [f, file] of formats[name].files.entries()) {
        const train = open(splitDir("train", file));
        const validation = open(splitDir("validation", file));
        // Each part's rows have their own place in the files, known from their sizes: the parts are copied side by side.
        let end: [number, number] = [0, 0];
        const copies = parts.map((part, p) => {
          const rowBytes = part.rowBytes[n]?.[f] ?? [];
          const base = bases[p] ?? 0;
          const target = new SplitFiles(train, validation, end);
          const [toTrain, toValidation] = bytesPerSplit(rowBytes, base, plan.splitOf);
          end = [end[0] + toTrain, end[1] + toValidation];
          return copySpool(spoolFile(spoolDir, part.part, name, f), rowBytes, base, plan.splitOf, target, onRecord).then(() => target.flush());
        });
        await Promise.all(copies);
        targets.set(`${name}\u0000${f}`, new SplitFiles(train, validation, end));
      }
    if (orphans.length > 0) pairs += await pairOrphans(settings, facts, ([] as number[]).concat(...parts.map((p) => p.offsets)), orphans, plan.splitOf, targets);
    for (const target of targets.values()) await target.flush();

    const sharegpt = settings.formats.filter((name) => name === "sharegpt" || name === "sharegpt-dpo");
    if (sharegpt.length > 0) {
      const info = Object.assign(
        {},
        ...SPLITS.flatMap((split) =>
          sharegpt.map((name) => sharegptDatasetInfo(`magnet_${name.replace("-", "_")}_${split}`, splitDir(split, formats[name].files[0] ?? ""), { ranking: name === "sharegpt-dpo" })),
        ),
      );
      await open("dataset_info.json").write(`${JSON.stringify(info, null, 2)}\n`);
    }
    const card = exportCard({
      formats: settings.formats,
      plan,
      statCounts,
      pairs,
      dedupe: settings.dedupe,
      ...(settings.contamination ? { contamination: { benchmark: path.basename(settings.contamination), dropped: settings.dropContaminated } } : {}),
    });
    await open("README.md").write(card);
    for (const file of opened.values()) await file.commit();
    return {
      files: [...opened.keys()].sort(),
      positives: plan.positives,
      negatives: plan.negatives,
      pairs,
      splits: plan.splits,
      dedupeRemoved: plan.dedupeRemoved,
      contaminated: plan.contamination?.contaminated ?? 0,
      card,
    };
  } catch (error) {
    for (const file of opened.values()) file.abort();
    throw error;
  } finally {
    rmSync(spoolDir, { recursive: true, force: true });
  }
}

function partBases(parts: readonly ScanResult[]): number[] {
  const bases: number[] = [];
  let total = 0;
  for (const part of parts) {
    bases.push(total);
    total += part.facts.length;
  }
  return bases;
}

/**
 * Pairs the exported negatives whose positive was not at hand during the scan (more than the pairing
 * window before them, or after them), reading just those records and their positives again. Rows are
 * appended after the scanned ones.
 */
async function pairOrphans(
  settings: EngineSettings,
  facts: readonly RecordFacts[],
  /** Per record: where its line starts in the input. */
  offsets: readonly number[],
  orphans: readonly number[],
  splitOf: Uint8Array,
  targets: ReadonlyMap<string, SplitFiles>,
): Promise<number> {
  const indexOf = new Map(facts.map((f, i) => [f.id, i]));
  const wanted = new Map<number, number>();
  for (const i of orphans) {
    wanted.set(offsets[i] ?? -1, i);
    const positive = indexOf.get(facts[i]?.pair?.positive_id ?? "");
    if (positive !== undefined) wanted.set(offsets[positive] ?? -1, positive);
  }
  const records = new Map<number, Trajectory>();
  const shuffleRandom = createRandom(settings.seed).fork("tools");
  const parse = trajectoryParser();
  // A loop, not `Math.min(...keys)`: a file whose negatives come first wants more records than a call takes arguments.
  let start = Infinity;
  for (const offset of wanted.keys()) start = Math.min(start, offset);
  reading: for await (const batch of lineBatches(settings.input, { start, end: statSync(settings.input).size })) {
    for (let k = 0; k < batch.count; k++) {
      const index = wanted.get(batch.start(k));
      if (index === undefined) continue;
      records.set(index, shuffleOwnTools(parse(batch.line(k), { file: settings.input, record: index }), shuffleRandom));
      if (records.size === wanted.size) break reading;
    }
  }
  let built = 0;
  for (const i of orphans) {
    const negative = records.get(i);
    const positive = records.get(indexOf.get(negative?.pair?.positive_id ?? "") ?? -1);
    const split = splitOf[i];
    if (!negative || !positive || (split !== 1 && split !== 2)) continue;
    const pairs = preferencePairs([positive, negative], { level: settings.pairLevel }).pairs;
    built += pairs.length;
    for (const name of settings.formats) {
      const spec = formats[name];
      if (spec.kind !== "preference") continue;
      for (const pair of pairs)
        for (const [f, text] of spec.lines(pair).entries()) await targets.get(`${name}\u0000${f}`)?.add(split, `${text}\n`);
    }
  }
  return built;
}
