import type { FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import { callLabel, verdict, type CheckVerdict } from "./verdict";

/**
 * MAGNET's "no undocumented parameter": a name outside `properties` is unknown unless the schema says
 * extra names are welcome (`additionalProperties: true` or a schema, or a matching `patternProperties`).
 * An absent `additionalProperties` does not count as welcome.
 */
function acceptsExtra(spec: FunctionSpec, name: string): boolean {
  const extra = spec.parameters.additionalProperties;
  if (extra === true || (typeof extra === "object" && extra !== null)) return true;
  const patterns = spec.parameters.patternProperties;
  if (typeof patterns !== "object" || patterns === null) return false;
  return Object.keys(patterns).some((pattern) => {
    try {
      return new RegExp(pattern, "u").test(name);
    } catch {
      return false;
    }
  });
}

/** Unknown function names, unknown parameters and missing required parameters of each call. */
export function unknownNamesCheck(calls: readonly FunctionCall[], tools: readonly FunctionSpec[]): CheckVerdict {
  const problems: string[] = [];
  calls.forEach((call, index) => {
    const label = callLabel(index, call.name);
    const spec = tools.find((tool) => tool.name === call.name);
    if (spec === undefined) {
      problems.push(`${label}: unknown function ${JSON.stringify(call.name)}`);
      return;
    }
    for (const name of Object.keys(call.arguments)) {
      if (!(name in spec.parameters.properties) && !acceptsExtra(spec, name)) problems.push(`${label}: unknown parameter ${JSON.stringify(name)}`);
    }
    for (const name of spec.parameters.required) {
      if (call.arguments[name] === undefined) problems.push(`${label}: missing required parameter ${JSON.stringify(name)}`);
    }
  });
  return verdict(problems);
}
