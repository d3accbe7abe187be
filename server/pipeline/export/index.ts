export { type PairLevel, type PreferencePairOptions, type PreferencePairsResult, type SkippedPair, preferencePairs } from "./preference-pairs";
export { type Bucket, buckets, emptyBucketCounts, sampleKind } from "./sample-kind";
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
export { shuffleOwnTools, shuffleTools } from "./shuffle-tools";
export { type DedupeResult, dedupeBy, dedupeKey, dedupeTrajectories, normalizeQuery } from "./dedupe";
export { hash53 } from "./hash";
export { type SplitItem, type SplitOptions, type SplitResult, splitTrajectories } from "./split";
export {
  type BenchmarkEntry,
  type ContaminationHit,
  type ContaminationOptions,
  type ContaminationReason,
  contaminationReason,
  type ContaminationResult,
  contaminationChecker,
  benchmarkEntry,
  findContamination,
  parseBenchmark,
} from "./contamination";
export { type ExportExtra, type ExportFormatFiles, type ExportStats, exportStats, type StatFacts, statFacts, statFactsKey, statFactsSchema, statsFromFacts } from "./export-stats";
export { datasetCard, sizeCategory } from "./dataset-card";
export { type RecordFacts, recordFacts, recordFactsSchema } from "./record-facts";
export { type ExportPlan, type PlanSettings, NOT_EXPORTED, TRAIN, VALIDATION, planExport } from "./export-plan";
