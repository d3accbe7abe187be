import { createCoverage, GraphIndex, recordPath, summarizeCoverage } from "../sampling";
import type { DependencyGraph } from "../schemas/graph";
import type { FunctionPath } from "../schemas/path";

export interface CoverageNumbers {
  total: number;
  /** Used by at least one of the project's stored paths. */
  byPaths: number;
  /** Used by the path of at least one stored trajectory. */
  byTrajectories: number;
}

export interface CoverageStatistics {
  functions: CoverageNumbers;
  edges: CoverageNumbers;
  /** Trajectory paths that call a function the graph no longer has (the catalog changed since): not counted. */
  outsideGraph: number;
}

/** How much of the current graph the project's paths, and the paths its trajectories came from, use. */
export function coverageStatistics(graph: DependencyGraph, projectPaths: readonly FunctionPath[], trajectoryPaths: readonly FunctionPath[]): CoverageStatistics {
  const index = new GraphIndex(graph);
  const inGraph = (path: FunctionPath) => path.turns.every((turn) => turn.functions.every((id) => index.position(id) >= 0));
  const summarize = (paths: readonly FunctionPath[]) => {
    const coverage = createCoverage(index);
    for (const path of paths) recordPath(coverage, path);
    return summarizeCoverage(coverage);
  };
  const usable = trajectoryPaths.filter(inGraph);
  const byPaths = summarize(projectPaths.filter(inGraph));
  const byTrajectories = summarize(usable);
  return {
    functions: { total: byPaths.functions.total, byPaths: byPaths.functions.covered, byTrajectories: byTrajectories.functions.covered },
    edges: { total: byPaths.edges.total, byPaths: byPaths.edges.covered, byTrajectories: byTrajectories.edges.covered },
    outsideGraph: trajectoryPaths.length - usable.length,
  };
}
