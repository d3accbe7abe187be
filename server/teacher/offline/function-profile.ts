import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import type { JsonSchema } from "../../pipeline/schemas/json-schema";
import { actionPhrase } from "./action-phrase";
import { valueHints, type ValueHints } from "./value-hints";
import { identifierTokens, identifierWords, spokenName } from "./words";

export interface ParameterProfile {
  name: string;
  schema: JsonSchema;
  required: boolean;
  /** How a person names it: "file name", "ticket ID", or a phrase from the description for `cityA`. */
  spoken: string;
  /** Singular name words without filler (`username_to_follow` → username, follow). */
  tokens: string[];
  hints: ValueHints;
  /** Free text (a message, a title): written out by the user, never copied from an output. */
  freeText: boolean;
}

/** A field of the declared returns: what a later call of the same turn may take from it. */
export interface ReturnsField {
  path: string;
  name: string;
  schema: JsonSchema;
  /** Reached through an array: the value is one item of a list. */
  item: boolean;
  parents: string[];
}

export interface FunctionProfile {
  spec: FunctionSpec;
  action: string;
  /** Words of the name and description: what the function is about. */
  topic: ReadonlySet<string>;
  parameters: ParameterProfile[];
  returns: ReturnsField[];
}

const FILLER = new Set(["to", "of", "the", "for", "by", "in", "a", "an", "on", "at", "with", "str", "string"]);
const FREE_TEXT = new Set(["message", "content", "text", "description", "comment", "body", "title", "note", "resolution", "query", "keyword", "pattern", "reason", "summary", "subject", "caption", "bio"]);

/**
 * "The zipcode of the first city." → "zipcode of the first city": for names that say nothing (`cityA`,
 * `a`). `whole` keeps the clause after "to"/"for" ("number to subtract from"), to tell two apart.
 */
function describedNoun(description: string | undefined, whole = false): string | undefined {
  if (description === undefined) return undefined;
  const first = description.split(/(?<=[.!?])\s|\n/)[0] ?? "";
  const noun = first
    .replace(/[.!?]+\s*$/, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .split(whole ? /,|\(/ : /,|\(| to | that | which | for | in | from | if /)[0]
    ?.trim();
  if (noun === undefined || noun.length === 0 || noun.split(" ").length > (whole ? 8 : 6)) return undefined;
  return noun[0]!.toLowerCase() + noun.slice(1);
}

/** Type words some catalogs append to names (`current_time_str`). */
const TYPE_SUFFIXES = new Set(["str", "int", "dict", "obj", "bool"]);

/** "travel from" → "travel origin", "unit in" → "input unit": a name ending in a preposition is no noun. */
function nounOfName(name: string): string {
  const words = spokenName(name).split(" ").filter((word) => !TYPE_SUFFIXES.has(word));
  const last = words[words.length - 1];
  const rest = words.slice(0, -1);
  if (rest.length > 0 && last === "from") return [...rest, "origin"].join(" ");
  if (rest.length > 0 && last === "to") return [...rest, "destination"].join(" ");
  if (rest.length > 0 && last === "in") return ["input", ...rest].join(" ");
  if (rest.length > 0 && last === "out") return ["output", ...rest].join(" ");
  return words.join(" ");
}

function spokenParameter(name: string, description: string | undefined): string {
  const cryptic = identifierWords(name).some((word) => word.length === 1 || /^\d+$/.test(word));
  return (cryptic ? describedNoun(description) : undefined) ?? nounOfName(name);
}

/** Two parameters said alike ("number", "number") get their fuller descriptions, or a position. */
function distinctSpoken(parameters: ParameterProfile[]): void {
  const count = (spoken: string): number => parameters.filter((p) => p.spoken === spoken).length;
  for (const parameter of parameters) {
    if (count(parameter.spoken) > 1) parameter.spoken = describedNoun(parameter.schema.description, true) ?? parameter.spoken;
  }
  parameters.forEach((parameter, index) => {
    if (count(parameter.spoken) > 1) parameter.spoken = `${parameter.spoken} ${index + 1}`;
  });
}

function returnsFields(returns: JsonSchema | undefined): ReturnsField[] {
  const fields: ReturnsField[] = [];
  const visit = (schema: JsonSchema, path: string, parents: string[], item: boolean, depth: number): void => {
    if (depth > 4) return;
    if (schema.items !== undefined && schema.properties === undefined) {
      visit(schema.items, `${path}[]`, parents, true, depth + 1);
      return;
    }
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      if (name.startsWith("_")) continue;
      const childPath = path === "" ? name : `${path}.${name}`;
      fields.push({ path: childPath, name, schema: child, item, parents });
      visit(child, childPath, [...parents, name], item, depth + 1);
    }
  };
  if (returns !== undefined) visit(returns, "", [], false, 0);
  return fields;
}

const memo = new WeakMap<FunctionSpec, FunctionProfile>();

/** Everything the planner and the query writer read off a spec, computed once per spec. */
export function functionProfile(spec: FunctionSpec): FunctionProfile {
  const known = memo.get(spec);
  if (known !== undefined) return known;
  const required = new Set(spec.parameters.required);
  const parameters = Object.entries(spec.parameters.properties).map(([name, schema]): ParameterProfile => {
    const all = identifierTokens(name);
    const kept = all.filter((token) => !FILLER.has(token));
    // A name that is all filler (`a`, `to`) is still its own name.
    const tokens = kept.length > 0 ? kept : all;
    return {
      name,
      schema,
      required: required.has(name),
      spoken: spokenParameter(name, schema.description),
      tokens,
      hints: valueHints(schema.description),
      freeText: tokens.some((token) => FREE_TEXT.has(token)),
    };
  });
  distinctSpoken(parameters);
  const action = actionPhrase(spec);
  const topic = new Set([...identifierTokens(spec.name), ...identifierTokens(action), ...identifierTokens(spec.toolkit)]);
  const profile: FunctionProfile = { spec, action, topic, parameters, returns: returnsFields(spec.returns) };
  memo.set(spec, profile);
  return profile;
}
