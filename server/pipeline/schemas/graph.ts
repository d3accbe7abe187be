import { z } from "zod";
import { functionSpec } from "./function-spec";

/** premise: u's output is a precondition of calling v; exact_input: an output is exactly one of v's inputs; partial_input: outputs form part of v's inputs. */
export const edgeKinds = ["premise", "exact_input", "partial_input"] as const;
export const edgeKind = z.enum(edgeKinds);
export type EdgeKind = z.infer<typeof edgeKind>;

export const edgeOrigins = ["auto", "teacher", "annotator"] as const;
export const edgeOrigin = z.enum(edgeOrigins);
export type EdgeOrigin = z.infer<typeof edgeOrigin>;

export const fieldMatch = z.object({
  /** Dotted path into the source's returns, `[]` for array items, e.g. `results[].id`. */
  output: z.string(),
  /** Parameter name of the target. */
  parameter: z.string(),
  score: z.number().min(0).max(1),
});
export type FieldMatch = z.infer<typeof fieldMatch>;

export const edgeEvidence = z.object({
  fields: z.array(fieldMatch),
  /** Description or name terms shared by the two functions. */
  terms: z.array(z.string()),
  /** Free-text reason (a judge's or an annotator's). */
  reason: z.string().optional(),
});
export type EdgeEvidence = z.infer<typeof edgeEvidence>;

export const graphEdge = z.object({
  source: z.string(),
  target: z.string(),
  kind: edgeKind,
  weight: z.number().min(0).max(1),
  /** The source's output can fill a parameter of the target in the same turn (feeds Insert). */
  nested: z.boolean(),
  evidence: edgeEvidence,
  origin: edgeOrigin,
});
export type GraphEdge = z.infer<typeof graphEdge>;

export const graphNode = z.object({
  id: z.string(),
  name: z.string(),
  toolkit: z.string(),
  category: z.string(),
  /** Required parameter names, so that paths can be split (`miss_param`) from a graph file alone. */
  required: z.array(z.string()).optional(),
});
export type GraphNode = z.infer<typeof graphNode>;

/** The file `magnet graph` writes and `magnet sample` reads. */
export const dependencyGraph = z.object({
  nodes: z.array(graphNode),
  edges: z.array(graphEdge),
  /** The full specs, so that `magnet synth` can work from the graph file alone. */
  functions: z.array(functionSpec).optional(),
});
export type DependencyGraph = z.infer<typeof dependencyGraph>;
