import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { importCatalogs } from "../../server/pipeline/catalog";
import type { FunctionSpec } from "../../server/pipeline/schemas/function-spec";
import type { CoUseQuery } from "./recall";

/** The fields of a StableToolBench query the bench reads. */
interface ToolBenchQuery {
  api_list: { category_name: string; tool_name: string; api_name: string }[];
  "relevant APIs": [string, string][];
}

export interface StableToolBench {
  functions: FunctionSpec[];
  /** Per query, the ids of the APIs it needed together. */
  queries: CoUseQuery[];
}

/**
 * The StableToolBench query files of a directory as one catalog (through the catalog importer) and
 * their relevant-API lists as function ids. A relevant API is found by the category its query's
 * api_list gives it, since a tool name may recur in several categories.
 */
export function loadStableToolBench(directory: string): StableToolBench {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(directory, file))) }));
  const { functions } = importCatalogs(files);
  const idOf = new Map(functions.map((spec) => [apiKey(spec.category, spec.toolkit, spec.name), spec.id]));
  const queries = files.flatMap(({ bytes }) =>
    (JSON.parse(new TextDecoder().decode(bytes)) as ToolBenchQuery[]).map((query) => {
      const categoryOf = new Map(query.api_list.map((api) => [`${api.tool_name}\u0000${api.api_name}`, api.category_name]));
      return {
        relevant: query["relevant APIs"].map(([tool, api]) => {
          const category = categoryOf.get(`${tool}\u0000${api}`) ?? "";
          return idOf.get(apiKey(category, tool, api)) ?? `(unknown) ${tool}.${api}`;
        }),
      };
    }),
  );
  return { functions, queries };
}

function apiKey(category: string, tool: string, api: string): string {
  return `${category}\u0000${tool}\u0000${api}`;
}
