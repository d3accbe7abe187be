import type { DependencyGraph } from "../schemas/graph";
import type { FunctionPath } from "../schemas/path";
import { coverageStatistics, type CoverageStatistics } from "./coverage";
import { acceptanceByErrorType, groupCounts, turnHistogram, wordCounts, type AcceptanceRate, type Group, type GroupCount, type NamedCount } from "./distributions";
import { reviewProgress, type DecisionEvent, type ReviewDay } from "./review-progress";

/** What the statistics are made of, as the database groups it. */
export interface StatisticsInput {
  graph: DependencyGraph;
  paths: readonly FunctionPath[];
  /** The path of each run item with stored trajectories, and how many trajectories it has. */
  trajectoryPaths: readonly { path: FunctionPath; trajectories: number }[];
  turnCounts: readonly Group<number>[];
  turnKinds: readonly Group<string>[];
  operations: readonly Group<string>[];
  statuses: readonly Group<{ errorType: string | null; status: string }>[];
  decisions: readonly DecisionEvent[];
}

export interface ProjectStatistics {
  trajectories: { total: number; positives: number; negatives: number; reviewed: number };
  coverage: CoverageStatistics;
  turns: { turns: number; trajectories: number }[];
  turnKinds: NamedCount[];
  operations: NamedCount[];
  categories: GroupCount[];
  /** The same by toolkit: catalogs without categories (OpenAI tools, MCP) put every function in `misc`. */
  toolkits: GroupCount[];
  review: ReviewDay[];
  acceptance: AcceptanceRate[];
}

const pathFunctions = (path: FunctionPath): string[] => path.turns.flatMap((turn) => [...turn.functions, ...(turn.withheld ? [turn.withheld.function] : [])]);

/** Every figure of the statistics page, from grouped rows: pure, so it is tested without a database. */
export function projectStatistics(input: StatisticsInput): ProjectStatistics {
  const acceptance = acceptanceByErrorType(input.statuses);
  const total = acceptance.reduce((n, row) => n + row.total, 0);
  const usedFunctions = input.trajectoryPaths.map((p) => ({ functionIds: pathFunctions(p.path), trajectories: p.trajectories }));
  const positives = acceptance.find((row) => row.errorType === "none")?.total ?? 0;
  return {
    trajectories: { total, positives, negatives: total - positives, reviewed: acceptance.reduce((n, row) => n + row.total - row.pending, 0) },
    coverage: coverageStatistics(
      input.graph,
      input.paths,
      input.trajectoryPaths.map((p) => p.path),
    ),
    turns: turnHistogram(input.turnCounts),
    turnKinds: wordCounts(input.turnKinds),
    operations: wordCounts(input.operations),
    categories: groupCounts(
      input.graph.nodes.map((n) => ({ id: n.id, group: n.category })),
      usedFunctions,
    ),
    toolkits: groupCounts(
      input.graph.nodes.map((n) => ({ id: n.id, group: n.toolkit })),
      usedFunctions,
    ),
    review: reviewProgress(input.decisions),
    acceptance,
  };
}
