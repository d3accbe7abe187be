import type { DependencyGraph, GraphEdge } from "../schemas/graph";

/** Builders for small hand-made graphs in tests (used by tests only). */

export const edge = (source: string, target: string, options: { weight?: number; nested?: boolean } = {}): GraphEdge => ({
  source,
  target,
  kind: "exact_input",
  weight: options.weight ?? 0.5,
  nested: options.nested ?? false,
  evidence: { fields: [], terms: [] },
  origin: "auto",
});

export const graphOf = (ids: readonly string[], edges: readonly GraphEdge[]): DependencyGraph => ({
  nodes: ids.map((id) => ({ id, name: id, toolkit: "toolkit", category: "category" })),
  edges: [...edges],
});
