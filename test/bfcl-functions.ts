import { readdirSync, readFileSync } from "node:fs";
import { importCatalogs } from "../server/pipeline/catalog";
import type { FunctionSpec } from "../server/pipeline/schemas/function-spec";
import { hasSharedData, sharedData } from "./shared-data";

let cached: FunctionSpec[] | undefined;

/** The 129 BFCL multi-turn functions of ../shared/data, imported once (none where that folder is absent). */
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
