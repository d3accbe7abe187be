import { closeSync, openSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { InvalidInput } from "../pipeline/errors";
import { scanInTurn } from "./scan-in-turn";
import { workerMessage } from "./scan-message";
import { scanWorkerBundle } from "./scan-worker-bundle";
import { inputSize, scanRange, type ScanBase, type ScanResult, type WorkerInput } from "./scan-range";
import { lineStartFrom } from "./line-positions";
import { SharedParts } from "./shared-parts";

/** Below this size one thread is quicker than starting workers. */
const PARALLEL_FROM_BYTES = 16 << 20;

/** A worker spends about this share of its part starting up (a thread, its bundle); what is left uneven, threads even out by taking over tails. */
const WORKER_START_SHARE = 0.12;

/**
 * A scan worker's young generation, in MB: its objects die young (a record's tree, its rows). With a
 * smaller one (16 or 24 MB) V8 sometimes (about one run in three) began promoting them to the old
 * generation, and the worker then spent three times as long collecting and took 60 MB more memory.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * Offsets where parts start, each moved to the next line start. The first part, scanned by this thread
 * while the workers start, is larger by what a worker spends starting.
 */
function partStarts(file: string, size: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, (_, k) => (k === 0 ? 1 + WORKER_START_SHARE : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const starts = [0];
  const fd = openSync(file, "r");
  try {
    for (let k = 1, share = 0; k < parts; k++) {
      share += weights[k - 1] ?? 1;
      starts.push(lineStartFrom(fd, Math.max(Math.floor((size * share) / total), starts[starts.length - 1] ?? 0), size));
    }
  } finally {
    closeSync(fd);
  }
  return starts;
}

/** The parts a worker scanned, once it is done. */
function workerScan(worker: Worker, onProgress: (part: number, records: number) => void): Promise<ScanResult[]> {
  return new Promise<ScanResult[]>((resolve, reject) => {
    let settled = false;
    /** Per part: facts handed off while the worker scans it, in record order. */
    const handedOff = new Map<number, ScanResult["facts"][]>();
    const results: ScanResult[] = [];
    const fail = (error: Error) => {
      settled = true;
      reject(error);
    };
    worker.on("message", (raw: unknown) => {
      const message = workerMessage.safeParse(raw);
      if (!message.success) fail(new Error(`export worker sent an unexpected message: ${message.error.message}`));
      else if (message.data.type === "progress") onProgress(message.data.part, message.data.records);
      // Written by this process's own worker from the same sources, and the part on the export's critical
      // path: checking 50,000 facts against `scanResult` again would cost more than the transfer itself.
      else if (message.data.type === "facts") {
        const { part, facts } = message.data;
        handedOff.set(part, [...(handedOff.get(part) ?? []), JSON.parse(facts) as ScanResult["facts"]]);
      } else if (message.data.type === "part") {
        const result = JSON.parse(message.data.result) as ScanResult;
        results.push({ ...result, facts: ([] as ScanResult["facts"]).concat(...(handedOff.get(result.part) ?? []), result.facts) });
        handedOff.delete(result.part);
      } else if (message.data.type === "done") {
        settled = true;
        resolve(results);
      } else {
        const { reason, location } = message.data;
        fail(location ? new InvalidInput(reason, location) : new Error(reason));
      }
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`export worker exited with code ${code} before finishing`));
    });
  });
}

/** A worker's scan, started once the bundle is ready; `stop` ends it, started or not. */
function scanInWorker(bundle: Promise<URL>, input: WorkerInput, onProgress: (part: number, records: number) => void): { done: Promise<ScanResult[]>; stop: () => void } {
  let stopped = false;
  let worker: Worker | undefined;
  const done = bundle.then((url) => {
    if (stopped) throw new Error("export worker stopped before it started");
    // No `execArgv`: the bundle needs no loader, and a worker given the parent's `--import tsx` started
    // the TypeScript loader and its hooks thread for nothing, about 80 ms before it could read a record.
    worker = new Worker(url, { workerData: input, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    return workerScan(worker, onProgress);
  });
  return {
    done,
    stop: () => {
      stopped = true;
      void worker?.terminate();
    },
  };
}

/**
 * Scans the input in `threads` parts side by side (this thread and worker threads), or in this thread
 * alone when the file is small. A thread that is done takes over half of another's tail (`SharedParts`).
 * Parts come back in file order.
 */
export async function scanParts(base: ScanBase, threads: number, onProgress?: (records: number) => void): Promise<ScanResult[]> {
  const size = inputSize(base.input);
  const count = size < PARALLEL_FROM_BYTES ? 1 : Math.max(1, Math.floor(threads));
  if (count === 1) return [await scanRange({ ...base, start: 0, end: size, part: 0 }, onProgress)];
  const parts = SharedParts.memory(partStarts(base.input, size, count), size);
  const shared = new SharedParts(parts, base.input);
  const progress = new Map<number, number>();
  const report = (part: number, records: number) => {
    progress.set(part, records);
    let total = 0;
    for (const done of progress.values()) total += done;
    onProgress?.(total);
  };
  // This thread scans the first part while workers start and scan the others.
  const bundle = scanWorkerBundle(base.spoolDir);
  const workers = Array.from({ length: count - 1 }, (_, k) => scanInWorker(bundle, { base, first: k + 1, parts }, report));
  // A worker that fails stops the others at once; its failure is awaited below, not unhandled meanwhile.
  for (const w of workers) w.done.catch(() => shared.stop());
  const results: ScanResult[] = [];
  try {
    await scanInTurn(shared, base, 0, { onPart: (result) => results.push(result), onProgress: report });
    for (const scanned of await Promise.all(workers.map((w) => w.done))) results.push(...scanned);
    const starts = new Map(results.map((result) => [result.part, shared.range(result.part).start]));
    return results.sort((a, b) => (starts.get(a.part) ?? 0) - (starts.get(b.part) ?? 0));
  } catch (error) {
    shared.stop();
    throw error;
  } finally {
    for (const w of workers) w.stop();
    shared.close();
  }
}
