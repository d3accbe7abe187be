import type { FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import { validateValue } from "./validator";
import { verdict, type CheckVerdict } from "./verdict";

/** The call's arguments against the function's parameter schema (JSON Schema 2020-12 with formats). */
export function schemaCheck(spec: FunctionSpec, call: FunctionCall): CheckVerdict {
  return verdict(validateValue(spec.parameters, call.arguments, "arguments", spec.id));
}

/** An output against the function's `returns` schema; a function without one accepts any output. */
export function outputSchemaCheck(spec: FunctionSpec, output: unknown): CheckVerdict {
  return verdict(spec.returns === undefined ? [] : validateValue(spec.returns, output, "output", `${spec.id}#returns`));
}
