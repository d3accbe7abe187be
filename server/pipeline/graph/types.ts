import type { Random } from "../random";
import type { FunctionSpec } from "../schemas/function-spec";
import type { EdgeOrigin, GraphEdge } from "../schemas/graph";

/** An edge as a judge proposes it; the graph builder stamps the origin. */
export type JudgedEdge = Omit<GraphEdge, "origin">;

/**
 * Decides the edges between a target function and its candidate set. Every edge it returns joins the
 * target and one of the candidates, in either direction. A teacher judge implements this with MAGNET's
 * dependency prompt (the target's adjacency list as JSON); `offlineJudge` with the deterministic scorer.
 */
export interface EdgeJudge {
  judge(target: FunctionSpec, candidates: readonly FunctionSpec[]): JudgedEdge[] | Promise<JudgedEdge[]>;
}

export interface GraphOptions {
  /** Candidate-set size per function (default 30). */
  candidates?: number;
  /** Samples same-category candidates where similarity does not fill the set; forked per function. */
  random: Random;
  /** Edges lighter than this are dropped (default DEFAULT_MIN_WEIGHT). */
  minWeight?: number;
}

export interface JudgeGraphOptions extends GraphOptions {
  judge: EdgeJudge;
  origin: Extract<EdgeOrigin, "teacher" | "auto">;
  /** Called after each target's candidates are judged. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Judge calls in flight at once (default 1); the graph does not depend on it. */
  concurrency?: number;
}

export const DEFAULT_CANDIDATES = 30;
export const DEFAULT_MIN_WEIGHT = 0.2;
