import { readdirSync, readFileSync } from "node:fs";
import { hasSharedData, sharedData } from "../../../test/shared-data";
import { importCatalogs } from "../catalog";
import type { FunctionSpec } from "../schemas/function-spec";

let cached: FunctionSpec[] | undefined;

/** Tests only: the 129 BFCL multi-turn functions of ../shared/data (none where that folder is absent). */
export function bfclFunctions(): FunctionSpec[] {
  if (!hasSharedData) return [];
  const directory = sharedData("bfcl_v3", "multi_turn_func_doc");
  cached ??= importCatalogs(
    readdirSync(directory)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => ({ file, bytes: new Uint8Array(readFileSync(`${directory}/${file}`)) })),
  ).functions;
  return cached;
}

export function bfclFunction(name: string): FunctionSpec {
  const found = bfclFunctions().find((spec) => spec.name === name);
  if (found === undefined) throw new Error(`no BFCL function ${name}`);
  return found;
}

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
