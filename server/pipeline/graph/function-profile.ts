import type { FunctionSpec } from "../schemas/function-spec";
import { outputFields, type OutputField } from "./output-fields";
import { contentTerms, identifierTokens, proseTokens } from "./tokenize";
import { valueType, type ValueType } from "./value-type";
import { isVerbAt, verbRole, type VerbRole } from "./verb-role";
import { CHECK_VERBS, GENERIC_PARAMS, ID_LIKE, LITERAL_HEADS, QUALIFIED_HEADS, SERVICE_CHECKS, STOP_WORDS } from "./vocabulary";

export interface ParameterProfile {
  name: string;
  tokens: readonly string[];
  /** The last token names what the value is (`code` in `airport_code`). */
  head: string;
  /** What the head belongs to: the other tokens, or for a bare `id` the entity its description or function names. */
  qualifiers: string[];
  /** The qualifiers were guessed from context (any one of them may be meant), not spelled in the name. */
  inferred: boolean;
  type: ValueType;
  required: boolean;
  /** A value the user states themselves (a date, a query, a page size). */
  literal: boolean;
  /** Appears in most APIs (paging, format, language): little evidence of a dependency. */
  generic: boolean;
  /** Description as ` token token ` so a mention of another function's name is a substring test. */
  descriptionText: string;
}

/** Everything the scorer needs about one function, computed once so scoring a pair is cheap. */
export interface FunctionProfile {
  spec: FunctionSpec;
  /** Tools of the same name in different categories are different toolkits. */
  toolkitKey: string;
  role: VerbRole;
  /** The thing the function is about: its name without verbs and filler (`airport code` for get_airport_code). */
  entity: string[];
  params: ParameterProfile[];
  requiredCount: number;
  outputs: OutputField[];
  /** Output fields by every token of their name (a scalar return value by the function's entity head). */
  outputsByToken: Map<string, OutputField[]>;
  /** Its name as ` token token ` (with and without verbs), when long enough to be recognized in prose. */
  mentionNames: string[];
  /** Its whole answer is yes/no: a check another call waits for. */
  returnsBoolean: boolean;
  /** A health or ping call (`Health`, `/email-validator/health`): its subject is the service itself. */
  checksService: boolean;
  /** What its inputs identify: parameter words that are not paging, plumbing or a bare `id`. */
  inputSubjects: ReadonlySet<string>;
  /** What its own description talks about (`Search for videos` → video): context for generic outputs. */
  descriptionTerms: Set<string>;
  /** Description as ` token token `, for mentions of another function's name. */
  descriptionText: string;
  /** Its description and its parameters' joined, to rule out a mention with one search. */
  allDescriptions: string;
  /** Term → weight over name, toolkit, parameters, outputs and description; for term affinity. */
  terms: Map<string, number>;
}

const TERM_WEIGHTS = { entity: 3, param: 2, toolkit: 0.5, output: 1, description: 1, genericParam: 0.5 };

export function profileFunction(spec: FunctionSpec): FunctionProfile {
  const nameTokens = identifierTokens(spec.name);
  const role = verbRole(nameTokens);
  const entity = nameTokens.filter(
    (token, index) => !isVerbAt(token, index, nameTokens.length) && token !== "exist" && isContentWord(token),
  );
  const toolkitTokens = identifierTokens(spec.toolkit).filter(isContentWord);
  const params = Object.entries(spec.parameters.properties).map(([name, schema]) =>
    profileParameter(name, schema.description ?? "", valueType(schema), spec.parameters.required.includes(name), entity),
  );
  const outputs = outputFields(spec.returns);
  const terms = new Map<string, number>();
  const add = (token: string, weight: number): void => {
    if (isContentWord(token)) terms.set(token, Math.max(terms.get(token) ?? 0, weight));
  };
  for (const token of entity) add(token, TERM_WEIGHTS.entity);
  for (const token of toolkitTokens) add(token, TERM_WEIGHTS.toolkit);
  for (const param of params) {
    for (const token of param.tokens) add(token, param.generic ? TERM_WEIGHTS.genericParam : TERM_WEIGHTS.param);
  }
  for (const field of outputs) for (const token of field.tokens) add(token, TERM_WEIGHTS.output);
  const descriptionTokens = proseTokens(spec.description);
  const descriptionTerms = new Set(contentTerms(descriptionTokens));
  for (const token of descriptionTerms) add(token, TERM_WEIGHTS.description);
  return {
    spec,
    toolkitKey: `${spec.category}\u0000${spec.toolkit}`,
    role,
    entity,
    params,
    requiredCount: params.filter((param) => param.required).length,
    outputs,
    outputsByToken: indexOutputs(outputs, entity),
    mentionNames: [...new Set([nameTokens, entity].filter((tokens) => tokens.length >= 2).map((tokens) => ` ${tokens.join(" ")} `))],
    returnsBoolean: outputs.length > 0 && outputs.every((field) => field.type === "boolean"),
    checksService: checksService(nameTokens, entity, toolkitTokens),
    inputSubjects: inputSubjects(params),
    descriptionTerms,
    descriptionText: ` ${descriptionTokens.join(" ")} `,
    allDescriptions: [` ${descriptionTokens.join(" ")} `, ...params.map((param) => param.descriptionText)].join("\n"),
    terms,
  };
}

function profileParameter(
  name: string,
  description: string,
  type: ValueType,
  required: boolean,
  functionEntity: readonly string[],
): ParameterProfile {
  const tokens = identifierTokens(name);
  const head = tokens[tokens.length - 1] ?? name.toLowerCase();
  const descriptionWords = proseTokens(description);
  let qualifiers = tokens.slice(0, -1).filter(isContentWord);
  const inferred = qualifiers.length === 0 && QUALIFIED_HEADS.has(head);
  if (inferred) {
    qualifiers = qualifierFromDescription(head, descriptionWords) ?? functionEntity.filter(isQualifier);
  }
  const generic = GENERIC_PARAMS.has(tokens.join("")) || (tokens.length === 1 && GENERIC_PARAMS.has(head));
  return {
    name,
    tokens,
    head,
    qualifiers,
    inferred,
    type,
    required,
    literal: LITERAL_HEADS.has(head) || (type === "boolean" && !ID_LIKE.has(head)),
    generic,
    descriptionText: ` ${descriptionWords.join(" ")} `,
  };
}

/**
 * The entity a bare `id` or `name` parameter belongs to, from its description: the word before it
 * ("The team ID you want…" → team) or after "of" ("the name of the city" → city).
 */
function qualifierFromDescription(head: string, words: readonly string[]): string[] | undefined {
  const at = words.indexOf(head);
  if (at < 0) return undefined;
  const before = words[at - 1];
  if (before !== undefined && isQualifier(before)) return [before];
  if (words[at + 1] !== "of") return undefined;
  const skip = words[at + 2] === "the" || words[at + 2] === "a" ? 1 : 0;
  const after = words[at + 2 + skip];
  return after !== undefined && isQualifier(after) ? [after] : undefined;
}

function isQualifier(token: string): boolean {
  return isContentWord(token) && !QUALIFIED_HEADS.has(token);
}

function checksService(nameTokens: readonly string[], entity: readonly string[], toolkitTokens: readonly string[]): boolean {
  return (
    nameTokens.some((token) => SERVICE_CHECKS.has(token)) &&
    entity.every((token) => SERVICE_CHECKS.has(token) || CHECK_VERBS.has(token) || toolkitTokens.includes(token))
  );
}

function inputSubjects(params: readonly ParameterProfile[]): Set<string> {
  const subjects = new Set<string>();
  for (const param of params) {
    // Dates, texts and amounts are stated by the user; they do not identify what a check guards.
    if (param.generic || param.literal) continue;
    for (const token of param.tokens) if (!GENERIC_PARAMS.has(token) && !QUALIFIED_HEADS.has(token) && !STOP_WORDS.has(token)) subjects.add(token);
  }
  return subjects;
}

function indexOutputs(outputs: readonly OutputField[], entity: readonly string[]): Map<string, OutputField[]> {
  const byToken = new Map<string, OutputField[]>();
  for (const field of outputs) {
    const tokens = field.path === "$" ? entity.slice(-1) : field.tokens;
    for (const token of new Set(tokens)) {
      const list = byToken.get(token);
      if (list === undefined) byToken.set(token, [field]);
      else list.push(field);
    }
  }
  return byToken;
}

function isContentWord(token: string): boolean {
  return token.length > 1 && !STOP_WORDS.has(token);
}
