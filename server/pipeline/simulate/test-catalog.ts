export { bfclFunction, bfclFunctions } from "../../../test/bfcl-functions";
import type { FunctionSpec } from "../schemas/function-spec";

/** A function spec for table tests. */
export function specOf(name: string, parameters: Partial<FunctionSpec["parameters"]>, returns?: FunctionSpec["returns"]): FunctionSpec {
  return {
    id: name,
    name,
    description: "",
    parameters: { type: "object", properties: {}, required: [], ...parameters },
    ...(returns === undefined ? {} : { returns }),
    toolkit: "test",
    category: "misc",
    source: { format: "openai", file: "test.json", record: 0 },
  };
}
