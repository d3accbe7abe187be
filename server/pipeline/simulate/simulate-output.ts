import { canonicalJson } from "../catalog/canonical-json";
import type { FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { JsonSchema } from "../schemas/json-schema";
import type { Random } from "../random";
import type { TurnRecord } from "../teacher";
import { fieldWords } from "./field-words";
import { generateValue } from "./generate-value";
import { collectNamedValues } from "./named-values";
import { isCreation, statusOutput } from "./status-output";

export interface SimulateContext {
  random: Random;
  /** Earlier turns of the trajectory (and earlier calls of this turn as a last record), oldest first. */
  history: readonly TurnRecord[];
}

const CONSTRAINING = ["type", "properties", "items", "prefixItems", "enum", "const", "anyOf", "oneOf", "allOf", "additionalProperties"];

/** A `returns` of `{}` (or only a description) documents nothing: answer like a function without one. */
const documentsOutput = (schema: JsonSchema | undefined): schema is JsonSchema => schema !== undefined && CONSTRAINING.some((keyword) => keyword in schema);

/** A name for a bare (non-object) result: `get_user_list` → `user_list`, else `result`. */
function resultField(functionName: string): string {
  const words = fieldWords(functionName);
  return words.length > 1 ? words.slice(1).join("_") : "result";
}

/**
 * An output for `call` as `spec` documents it (DESIGN.md 1.5, offline execution): valid against
 * `spec.returns`, reusing values the trajectory already showed for fields of the same name, echoing the
 * call's arguments into same-named fields, and drawing the rest from `context.random` (same state, same
 * output). A function without `returns` answers `{status: "success", …}`.
 */
export function simulateOutput(spec: FunctionSpec, call: FunctionCall, context: SimulateContext): unknown {
  const callKey = `${spec.id}(${canonicalJson(call.arguments)})`;
  if (!documentsOutput(spec.returns)) return statusOutput(call, callKey);
  const generation = { random: context.random, values: collectNamedValues(call, context.history), produced: new Map(), callKey, creates: isCreation(spec.name) };
  return generateValue(spec.returns, resultField(spec.name), generation);
}
