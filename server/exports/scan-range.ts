import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { contaminationChecker, parseBenchmark } from "../pipeline/export/contamination";
import { statFactsSchema } from "../pipeline/export/export-stats";
import { preferencePairs } from "../pipeline/export/preference-pairs";
import { recordFacts, recordFactsSchema } from "../pipeline/export/record-facts";
import { shuffleOwnTools } from "../pipeline/export/shuffle-tools";
import { StatFactsIndex } from "../pipeline/export/stat-facts-index";
import { InvalidInput } from "../pipeline/errors";
import { formatNames, formats } from "../pipeline/formats";
import { createRandom } from "../pipeline/random";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { lineBatches } from "../json-lines";
import { EarlierPositives } from "./earlier-positives";
import { LineReader, type LineAt } from "./line-reader";
import { PAIRING_WINDOW, PositiveWindow } from "./positive-window";
import { linesBefore } from "./line-positions";
import { SpoolWriter } from "./spool-writer";
import { trajectoryParser } from "./trajectory-parser";

export const scanRequest = z.object({
  input: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Which part of the input this is; names its spool files. */
  part: z.number().int().nonnegative(),
  spoolDir: z.string(),
  formats: z.array(z.enum(formatNames)),
  seed: z.number().int(),
  pairLevel: z.enum(["turn", "trajectory", "both"]),
  contamination: z.string().optional(),
});
export type ScanRequest = z.infer<typeof scanRequest>;

export const scanResult = z.object({
  part: z.number().int(),
  /** One per record of the part, in order. */
  facts: z.array(recordFactsSchema),
  /** Per record: index into `stats`. */
  statOf: z.array(z.number().int()),
  /** The distinct stat facts of the part. */
  stats: z.array(statFactsSchema),
  /** Per record: preference pairs written for it (negatives), or -1 when its positive was not at hand. */
  pairsOf: z.array(z.number().int()),
  /** Per record: where its line starts in the file, in bytes (to read a few records again). */
  offsets: z.array(z.number().int()),
  /**
   * Per format of the request (in its order), per file of the format, per record: the bytes of the
   * record's rows in the spool file, one after another in record order.
   */
  rowBytes: z.array(z.array(z.array(z.number().int()))),
});
export type ScanResult = z.infer<typeof scanResult>;

/** What every part of a scan shares; the scanner decides the parts. */
export const scanBase = scanRequest.omit({ start: true, end: true, part: true });
export type ScanBase = z.infer<typeof scanBase>;

/** What a scan worker is started with: the scan, its first part, and the parts' shared memory (`SharedParts`). */
export const workerInput = z.object({ base: scanBase, first: z.number().int().nonnegative(), parts: z.instanceof(SharedArrayBuffer) });
export type WorkerInput = z.infer<typeof workerInput>;

/** Reads the input into per-part facts and spool files, parts in file order. */
export type Scanner = (base: ScanBase, onProgress: (records: number) => void) => Promise<ScanResult[]>;

export function inputSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
}

export const spoolFile = (spoolDir: string, part: number, format: string, file: number): string =>
  path.join(spoolDir, `part${part}-${format}-${file}.jsonl.partial`);

export function readBenchmark(file: string) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
  return parseBenchmark(text, file);
}

/** Records whose facts `scanRange` hands off at once, when asked to. */
const FACTS_HANDED_OFF = 4096;

/**
 * Reads one part of a trajectories file once: validates every record, keeps its facts, and writes
 * every format's rows for it to spool files, keeping how many bytes each record's rows take, so
 * deciding the split later only copies byte ranges. Each record's tools are shuffled by seed and id
 * before formatting. With `onFacts`, the facts are handed to it a few thousand records at a time as
 * the scan goes, and the result's `facts` holds only the last ones, not yet handed off. With `claim`,
 * the part may end before `request.end`: each read's lines are claimed before they are scanned, and
 * `claim` tells where the part ends now (another thread may have taken its tail).
 */
export async function scanRange(
  request: ScanRequest,
  onProgress?: (records: number) => void,
  onFacts?: (facts: ScanResult["facts"]) => void,
  claim?: (upTo: number) => number,
): Promise<ScanResult> {
  try {
    return await scanLines(request, onProgress, onFacts, claim);
  } catch (error) {
    // Records are counted from the part's start while it is read; the message names them from the file's.
    if (error instanceof InvalidInput && error.location.record !== undefined && request.start > 0)
      throw new InvalidInput(error.reason, { ...error.location, record: linesBefore(request.input, request.start) + error.location.record });
    throw error;
  }
}

async function scanLines(
  request: ScanRequest,
  onProgress?: (records: number) => void,
  onFacts?: (facts: ScanResult["facts"]) => void,
  claim?: (upTo: number) => number,
): Promise<ScanResult> {
  const check = request.contamination ? contaminationChecker(readBenchmark(request.contamination)) : undefined;
  const wanted = request.formats.map((name) => {
    const spec = formats[name];
    return { spec, writers: spec.files.map((_, i) => new SpoolWriter(spoolFile(request.spoolDir, request.part, name, i))) };
  });
  const shuffleRandom = createRandom(request.seed).fork("tools");
  const parse = trajectoryParser();
  const read = (text: string, record: number): Trajectory => shuffleOwnTools(parse(text, { file: request.input, record }), shuffleRandom);
  // Where recent positives are, not the records: held ones would outlive the young generation and load the old one.
  const window = new PositiveWindow<LineAt>();
  const earlier = new EarlierPositives(request.input, request.start, PAIRING_WINDOW);
  const reader = new LineReader(request.input);
  /** The last positive, parsed: its negatives usually follow it at once. */
  let latest: Trajectory | undefined;
  const statIndex = new StatFactsIndex();
  const result: ScanResult = {
    part: request.part,
    facts: [],
    statOf: [],
    stats: statIndex.stats,
    pairsOf: [],
    offsets: [],
    rowBytes: wanted.map(({ writers }) => writers.map(() => [])),
  };
  const files = wanted.flatMap(({ writers }, w) => writers.map((writer, f) => ({ writer, bytes: result.rowBytes[w]?.[f] ?? [] })));
  let line = -1;
  let records = 0;
  try {
    for await (const batch of lineBatches(request.input, request)) {
      const end = claim ? claim(batch.end) : request.end;
      for (let k = 0; k < batch.count && batch.start(k) < end; k++) {
        line++;
        const text = batch.line(k);
        if (text.trim() === "") continue;
        const t = read(text, line);
        const index = records++;
        const before = files.map((file) => file.writer.written);
        result.offsets.push(batch.start(k));
        const facts = recordFacts(t, check);
        result.facts.push(facts);
        result.statOf.push(statIndex.indexOf(t, facts.bucket));
        let pairs = 0;
        if (t.polarity === "positive") {
          for (const { spec, writers } of wanted)
            if (spec.kind === "sft") spec.lines(t).forEach((row, i) => writers[i]?.write(row));
          latest = t;
          window.hold(t.id, { at: batch.start(k), bytes: batch.bytes(k), record: line }, index);
        } else if (t.pair) {
          const held = window.positiveOf(t, index) ?? earlier.find(t.pair.positive_id, PAIRING_WINDOW - index);
          const positive = held && (latest?.id === t.pair.positive_id ? latest : read(reader.line(held), held.record));
          if (positive) {
            const built = preferencePairs([positive, t], { level: request.pairLevel }).pairs;
            pairs = built.length;
            for (const { spec, writers } of wanted)
              if (spec.kind === "preference")
                for (const pair of built) spec.lines(pair).forEach((row, i) => writers[i]?.write(row));
          } else pairs = -1;
        }
        result.pairsOf.push(pairs);
        files.forEach((file, i) => file.bytes.push(file.writer.written - (before[i] ?? 0)));
        if (records % 10_000 === 0) onProgress?.(records);
        if (onFacts && result.facts.length === FACTS_HANDED_OFF) {
          onFacts(result.facts);
          result.facts = [];
        }
      }
      if (end <= batch.end) break;
    }
  } finally {
    reader.close();
    for (const { writers } of wanted) for (const writer of writers) writer.close();
  }
  return result;
}

/** The whole input in this thread: what a server process can do (its bundle has no worker entry to start). */
export const scanInThisThread: Scanner = async (base, onProgress) => [await scanRange({ ...base, start: 0, end: inputSize(base.input), part: 0 }, onProgress)];
