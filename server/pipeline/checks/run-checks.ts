import type { FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { TurnRecord } from "../teacher";
import { carriedValuesCheck, type CarriedExpectation } from "./carried-values";
import { failureTextCheck } from "./failure-text-check";
import { roundTripCheck } from "./round-trip-check";
import { schemaCheck } from "./schema-check";
import { unknownNamesCheck } from "./unknown-names-check";
import { callLabel, verdict, type CheckVerdict } from "./verdict";

export const checkNames = ["schema", "unknown_names", "carried_values", "failure_text", "round_trip"] as const;
export type CheckName = (typeof checkNames)[number];
export type CheckResults = Partial<Record<CheckName, CheckVerdict>>;

export interface CheckInput {
  /** The reference calls of a turn. */
  calls: readonly FunctionCall[];
  /** The functions offered in the turn. */
  tools: readonly FunctionSpec[];
  /** Earlier turns; needed for carried values. */
  history?: readonly TurnRecord[];
  /** Outputs of `calls`, once executed. */
  outputs?: readonly unknown[];
  expectations?: readonly CarriedExpectation[];
  /** The teacher's re-derived calls, when a round trip was asked for. */
  rederived?: readonly FunctionCall[];
}

/** Schema of every call whose function is known (unknown ones are the names check's finding). */
function schemaOfAll(calls: readonly FunctionCall[], tools: readonly FunctionSpec[]): CheckVerdict {
  const problems = calls.flatMap((call, index) => {
    const spec = tools.find((tool) => tool.name === call.name);
    return spec === undefined ? [] : schemaCheck(spec, call).problems.map((problem) => `${callLabel(index, call.name)}: ${problem}`);
  });
  return verdict(problems);
}

/** The checks on one reference (DESIGN.md 1.5); a check whose input is not given is not run, so not listed. */
export function runChecks(input: CheckInput): CheckResults {
  const results: CheckResults = {
    schema: schemaOfAll(input.calls, input.tools),
    unknown_names: unknownNamesCheck(input.calls, input.tools),
  };
  if (input.expectations !== undefined) results.carried_values = carriedValuesCheck(input.calls, input.history ?? [], input.expectations);
  if (input.outputs !== undefined) results.failure_text = failureTextCheck(input.outputs);
  if (input.rederived !== undefined) results.round_trip = roundTripCheck(input.calls, input.rederived);
  return results;
}
