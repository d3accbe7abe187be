import type { FunctionPath } from "../schemas/path";
import type { Trajectory } from "../schemas/trajectory";

/** What the review queue filters and searches on, derived from a trajectory. */
export interface TrajectoryFacts {
  polarity: Trajectory["polarity"];
  errorType: string | null;
  turnKinds: string;
  operations: string;
  toolkits: string;
  failedChecks: string;
  turnCount: number;
  searchText: string;
}

/**
 * Words joined with a space at each end, so a SQL `LIKE '% word %'` matches whole words only. A name
 * with spaces (ToolBench tool names have them) keeps its parts together with `_`, so it stays one word.
 */
export const wordList = (words: Iterable<string>): string => {
  const unique = [...new Set([...words].map((w) => w.trim().replace(/\s+/g, "_")))].filter((w) => w !== "").sort();
  return unique.length === 0 ? " " : ` ${unique.join(" ")} `;
};

/** `toolkitOf` maps a function id (as paths name functions) to its toolkit. */
export function trajectoryFacts(trajectory: Trajectory, path: FunctionPath, toolkitOf: ReadonlyMap<string, string>): TrajectoryFacts {
  const functionIds = path.turns.flatMap((turn) => [...turn.functions, ...(turn.withheld ? [turn.withheld.function] : [])]);
  const calledNames = trajectory.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []).map((c) => c.function.name) : []));
  return {
    polarity: trajectory.polarity,
    errorType: trajectory.error_type ?? null,
    turnKinds: wordList(trajectory.turns.map((t) => t.kind)),
    operations: wordList(trajectory.provenance.operations.map((o) => o.op)),
    toolkits: wordList(functionIds.map((id) => toolkitOf.get(id) ?? "")),
    failedChecks: wordList(Object.entries(trajectory.checks).flatMap(([name, verdict]) => (verdict.passed ? [] : [name]))),
    turnCount: trajectory.turns.length,
    searchText: [...trajectory.turns.map((t) => t.query), ...calledNames, ...functionIds].join("\n").toLowerCase(),
  };
}
