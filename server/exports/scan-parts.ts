import { closeSync, openSync, readSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { InvalidInput } from "../pipeline/errors";
import { workerMessage } from "./scan-message";
import { scanWorkerBundle } from "./scan-worker-bundle";
import { inputSize, scanRange, type ScanBase, type ScanRequest, type ScanResult } from "./scan-range";

/** Below this size one thread is quicker than starting workers. */
const PARALLEL_FROM_BYTES = 16 << 20;

/** A worker spends about this share of its part starting up (loading its bundle, compiling the record validator). */
const WORKER_START_SHARE = 0.12;

/**
 * A scan worker's young generation, in MB: its objects die young (a record's tree, its rows). With a
 * smaller one (16 or 24 MB) V8 sometimes (about one run in three) began promoting them to the old
 * generation, and the worker then spent three times as long collecting and took 60 MB more memory.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * Offsets where parts start, each moved to just after a newline. The first part, scanned by this thread
 * while the workers start, is larger by what a worker spends starting.
 */
function partStarts(file: string, size: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, (_, k) => (k === 0 ? 1 + WORKER_START_SHARE : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const starts = [0];
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(1 << 16);
  try {
    for (let k = 1, share = 0; k < parts; k++) {
      share += weights[k - 1] ?? 1;
      let at = Math.max(Math.floor((size * share) / total), starts[starts.length - 1] ?? 0);
      let found = size;
      while (at < size) {
        const read = readSync(fd, buffer, 0, buffer.length, at);
        const newline = buffer.subarray(0, read).indexOf(10);
        if (newline >= 0) {
          found = at + newline + 1;
          break;
        }
        at += read;
      }
      starts.push(found);
    }
  } finally {
    closeSync(fd);
  }
  return starts;
}

/** Newlines before `offset`: the record number where a part starts. */
function linesBefore(file: string, offset: number): number {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(1 << 20);
  let count = 0;
  try {
    for (let at = 0; at < offset; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, offset - at), at);
      if (read === 0) break;
      for (let i = 0; i < read; i++) if (buffer[i] === 10) count++;
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  return count;
}

/** One part scanned by a worker thread. */
function workerScan(worker: Worker, request: ScanRequest, onProgress: (records: number) => void): Promise<ScanResult> {
  return new Promise<ScanResult>((resolve, reject) => {
    let settled = false;
    /** Facts handed off while the worker scans, in record order. */
    const handedOff: ScanResult["facts"][] = [];
    worker.on("message", (raw: unknown) => {
      const message = workerMessage.safeParse(raw);
      if (!message.success) {
        settled = true;
        reject(new Error(`export worker sent an unexpected message: ${message.error.message}`));
      } else if (message.data.type === "progress") onProgress(message.data.records);
      // Written by this process's own worker from the same sources, and the done part on the export's critical
      // path: checking 50,000 facts against `scanResult` again would cost more than the transfer itself.
      else if (message.data.type === "facts") handedOff.push(JSON.parse(message.data.facts) as ScanResult["facts"]);
      else if (message.data.type === "done") {
        settled = true;
        const result = JSON.parse(message.data.result) as ScanResult;
        resolve({ ...result, facts: [...handedOff.flat(), ...result.facts] });
      } else {
        settled = true;
        const { reason, location } = message.data;
        reject(
          location?.record !== undefined
            ? new InvalidInput(reason, { ...location, record: linesBefore(request.input, request.start) + location.record })
            : location
              ? new InvalidInput(reason, location)
              : new Error(reason),
        );
      }
    });
    worker.on("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`export worker exited with code ${code} before finishing`));
    });
  });
}

/** A part scanned in a worker thread once the bundle is ready; `stop` ends it, started or not. */
function scanInWorker(bundle: Promise<URL>, request: ScanRequest, onProgress: (records: number) => void): { done: Promise<ScanResult>; stop: () => void } {
  let stopped = false;
  let worker: Worker | undefined;
  const done = bundle.then((url) => {
    if (stopped) throw new Error("export worker stopped before it started");
    worker = new Worker(url, { workerData: { request }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    return workerScan(worker, request, onProgress);
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
 * alone when the file is small. Parts come back in file order.
 */
export async function scanParts(base: ScanBase, threads: number, onProgress?: (records: number) => void): Promise<ScanResult[]> {
  const size = inputSize(base.input);
  const parts = size < PARALLEL_FROM_BYTES ? 1 : Math.max(1, Math.floor(threads));
  if (parts === 1) return [await scanRange({ ...base, start: 0, end: size, part: 0 }, onProgress)];
  const starts = partStarts(base.input, size, parts);
  const progress = starts.map(() => 0);
  const report = (part: number) => (records: number) => {
    progress[part] = records;
    onProgress?.(progress.reduce((a, b) => a + b, 0));
  };
  // This thread scans the first part while workers scan the others.
  const bundle = scanWorkerBundle(base.spoolDir);
  const workers = starts.slice(1).map((start, k) => scanInWorker(bundle, { ...base, start, end: starts[k + 2] ?? size, part: k + 1 }, report(k + 1)));
  // A worker may fail while this thread is still scanning: its failure is awaited below, not unhandled meanwhile.
  for (const w of workers) w.done.catch(() => undefined);
  try {
    const first = await scanRange({ ...base, start: 0, end: starts[1] ?? size, part: 0 }, report(0));
    return [first, ...(await Promise.all(workers.map((w) => w.done)))];
  } finally {
    for (const w of workers) w.stop();
  }
}
