export { GraphIndex } from "./graph-index";
export {
  coverageCounts,
  createCoverage,
  edgeCount,
  edgeKey,
  functionCount,
  recordPath,
  summarizeCoverage,
  type Coverage,
  type CoverageCounts,
  type CoverageShare,
  type CoverageSummary,
} from "./coverage";
export { DEFAULT_STEPS, sampleWalks, walkStrategies, type SampleWalksOptions, type WalkStrategy } from "./sample-walks";
export { syntheticGraph, type SyntheticGraphOptions } from "./synthetic-graph";
