import type { OperationContext } from "../operations/context";
import { GraphIndex } from "../sampling/graph-index";
import type { DependencyGraph } from "../schemas/graph";

/** Operations need the graph's adjacency and, for miss_param splits, each function's required parameters. */
export function operationContext(graph: DependencyGraph): OperationContext {
  const required = new Map(graph.nodes.map((node) => [node.id, node.required ?? []]));
  return { index: new GraphIndex(graph), requiredParameters: (id) => required.get(id) ?? [] };
}
