import type { GraphIndex } from "../sampling/graph-index";

/** What the operations need to know beyond the path itself. */
export interface OperationContext {
  readonly index: GraphIndex;
  /**
   * Required parameter names of a function (from its JSON Schema `required`), for miss_param
   * splits; the graph carries no schemas. Return [] for unknown functions.
   */
  readonly requiredParameters: (functionId: string) => readonly string[];
}
