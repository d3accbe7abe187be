import type { GraphEdge } from "@/server/pipeline/schemas/graph";
import type { FunctionPath, InsertOp, Operation, SplitOp, Turn, TurnKind } from "@/server/pipeline/schemas/path";

/** Types the builder shares with the server; type-only, so no server code reaches the browser bundle. */
export type { FunctionPath, GraphEdge, InsertOp, Operation, SplitOp, Turn, TurnKind };

/** One consecutive pair of calls of a path and the graph edge that explains it (paths.choices). */
export interface PathLink {
  source: string;
  target: string;
  edge: GraphEdge | null;
}

/** What paths.choices answers for a draft. */
export interface PathChoices {
  merge: number[];
  insert: InsertOp[];
  split: SplitOp[];
  links: PathLink[];
}
