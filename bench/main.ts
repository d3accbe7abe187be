import { printExportBench, runExportBench } from "./export/run";
import { runGraphBench } from "./graph/run";
import { runSamplingBench } from "./sampling/run";
import { runGraphInteractiveBench } from "./studio/graph-interactive";
import { runReviewNextBench } from "./studio/review-next";
import { runOfflineSynthesisBench } from "./synthesis/offline";
import { measureThroughput } from "./teacher/throughput";

/** `npm run bench`: figures, not pass/fail. Each section states its targets so a reader can compare. */
console.log(`# Magnet Studio benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);

console.log("## Dependency graph (offline scorer), one fresh process per catalog");
console.log("targets: 10,000 functions ≤ 3 s, 50,000 ≤ 20 s, peak memory ≤ 1.5 GB; recall@k of StableToolBench co-used APIs should rise\n");
console.table(await runGraphBench());

console.log("\n## Path sampling: walks of 7 steps + merge / insert / split on 10,000 nodes × 10 out-edges");
console.log("target: ≥ 50,000 sampled paths per second\n");
console.table(runSamplingBench());

console.log("\n## Teacher throughput: the real openai client against a loopback server answering after 100 ms, concurrency 16");
console.log("target: ≥ 85 % of the ideal 160 requests/s\n");
console.table([await measureThroughput({ requests: 320, concurrency: 16, delayMs: 100 })]);

console.log("\n## Offline teacher: whole pipeline (translation, execution, checks, positives, negatives, judge) on the 8 BFCL classes");
console.log("target: ≥ 500 trajectories/s\n");
console.table([await runOfflineSynthesisBench()]);

console.log("\n## Export: 100,000 trajectories to each format (each record read once, in parallel parts; one process per run, median of 3 runs taken in rounds)");
console.log("targets: ≥ 20,000 records/s, peak memory ≤ 300 MB\n");
printExportBench(await runExportBench());

console.log("\n## Studio: navigation until the graph explorer is interactive, headless Chromium against `next start` (median of 5 after one warm-up)");
console.log("targets: 129 BFCL functions ≤ 1.5 s, the whole StableToolBench catalog ≤ 3 s\n");
console.table(await runGraphInteractiveBench());

console.log("\n## Studio: `j` until the review viewer shows the next trajectory of a 20,000-row queue, headless Chromium against `next start` (30 presses each)");
console.log("target: ≤ 200 ms; reading = the next record fetched ahead has arrived, back-to-back = `j` as soon as a row shows\n");
console.table(await runReviewNextBench());
