import type { JsonSchema } from "../schemas/json-schema";
import { identifierTokens } from "./tokenize";
import { valueType, type ValueType } from "./value-type";
import { GENERIC_CONTAINERS, STOP_WORDS } from "./vocabulary";

/** One leaf (or nested object) of a function's returns schema. */
export interface OutputField {
  /** Dotted path with `[]` for array items, e.g. `results[].id`; `$` for a scalar return value. */
  path: string;
  /** Canonical tokens of the field's own name. */
  tokens: readonly string[];
  /** What the value is: the last token (`code` in `airport_code`). */
  head: string;
  /**
   * What it belongs to, when the response says so: the other tokens of its name (`airport`), else the
   * nearest enclosing field that is not a generic container (`owner` in `results[].owner.id`).
   */
  entity: string[];
  type: ValueType;
}

/** Deep enough for `data.results[].owner.id`; deeper fields are rarely what another call needs. */
const MAX_DEPTH = 5;
/** Bounds the scorer's work on huge response templates. */
const MAX_FIELDS = 80;

/** Flattens a returns schema into named fields, breadth first so the top-level fields survive the cap. */
export function outputFields(returns: JsonSchema | undefined): OutputField[] {
  if (returns === undefined) return [];
  const rootType = valueType(returns);
  if (rootType !== "object" && rootType !== "array") {
    return [{ path: "$", tokens: [], head: "", entity: [], type: rootType }];
  }
  const fields: OutputField[] = [];
  // parentTokens: canonical tokens of the enclosing fields (`results`, `flight` in `flight.origin.code`).
  let frontier: { path: string; parentTokens: readonly string[]; schema: JsonSchema }[] = [
    { path: "", parentTokens: [], schema: returns },
  ];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0 && fields.length < MAX_FIELDS; depth++) {
    const next: typeof frontier = [];
    for (const { path, parentTokens, schema } of frontier) {
      const element = unwrapArrays(schema);
      const base = path + "[]".repeat(element.depth);
      for (const [name, child] of Object.entries(element.schema.properties ?? {})) {
        if (fields.length >= MAX_FIELDS) break;
        if (name.startsWith("_")) continue; // bookkeeping such as ToolBench's `_list_length`
        const childPath = base === "" ? name : `${base}.${name}`;
        const tokens = identifierTokens(name);
        const type = valueType(child);
        fields.push({ path: childPath, tokens, ...headAndEntity(tokens, parentTokens), type });
        if (type === "object" || type === "array") {
          next.push({ path: childPath, parentTokens: [...parentTokens, ...tokens], schema: child });
        }
      }
    }
    frontier = next;
  }
  return fields;
}

function headAndEntity(tokens: readonly string[], parentTokens: readonly string[]): { head: string; entity: string[] } {
  const head = tokens[tokens.length - 1] ?? "";
  const own = tokens.slice(0, -1).filter((token) => !STOP_WORDS.has(token));
  if (own.length > 0) return { head, entity: own };
  const parent = [...parentTokens].reverse().find((token) => !GENERIC_CONTAINERS.has(token) && !STOP_WORDS.has(token));
  return { head, entity: parent === undefined ? [] : [parent] };
}

function unwrapArrays(schema: JsonSchema): { schema: JsonSchema; depth: number } {
  let current = schema;
  let depth = 0;
  while (current.items !== undefined && depth < MAX_DEPTH) {
    current = current.items;
    depth++;
  }
  return { schema: current, depth };
}
