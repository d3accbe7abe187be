export { type PairLevel, type PreferencePairOptions, type PreferencePairsResult, type SkippedPair, preferencePairs } from "./preference-pairs";
export { type Bucket, bucketCounts, buckets, emptyBucketCounts, sampleKind, turnKindCounts } from "./sample-kind";
export { type ReviewedTrajectory, type ReviewStatus, type SelectionFilter, selectTrajectories } from "./select";
export {
  type BucketNumbers,
  DEFAULT_IRRELEVANCE_SHARE,
  type Mixture,
  type MixtureOptions,
  type MixtureResult,
  applyMixture,
  defaultMixture,
  parseMixture,
} from "./mixture";
export { shuffleTools } from "./shuffle-tools";
export { type DedupeResult, dedupeKey, dedupeTrajectories, normalizeQuery } from "./dedupe";
export { type SplitOptions, type SplitResult, splitTrajectories } from "./split";
export {
  type BenchmarkEntry,
  type ContaminationHit,
  type ContaminationOptions,
  type ContaminationReason,
  type ContaminationResult,
  benchmarkEntry,
  findContamination,
  parseBenchmark,
} from "./contamination";
export { type ExportExtra, type ExportFormatFiles, type ExportStats, exportStats } from "./export-stats";
export { datasetCard, sizeCategory } from "./dataset-card";
