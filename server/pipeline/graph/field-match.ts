import type { FunctionProfile, ParameterProfile } from "./function-profile";
import type { OutputField } from "./output-fields";
import { similarTokens, tokenSimilarity } from "./token-similarity";
import { typeFit } from "./value-type";
import type { VerbRole } from "./verb-role";
import { ID_LIKE, ISSUED_VALUES, QUALIFIED_HEADS } from "./vocabulary";

/** The best way the source's output can fill one parameter of the target. */
export interface ParameterMatch {
  parameter: ParameterProfile;
  /** Output path, or undefined when the link comes from the source's name alone (it declares no returns). */
  output: string | undefined;
  score: number;
}

/** A match read off the function's name rather than a declared field cannot be trusted as much. */
const NAME_ONLY_CAP = 0.65;
/** Roles whose name says what they return; `send_message` says what it acts on. */
const NAMES_ITS_OUTPUT: ReadonlySet<VerbRole> = new Set(["producer", "none"]);
/** Credit for a qualifier found only in the source's description ("Search for videos" → video). */
const DESCRIPTION_CREDIT = 0.6;
/** Credit for a qualifier found only in the source's name (`get_airport_code` → {code} is an airport code). */
const NAME_CREDIT = 0.95;

/**
 * For every parameter of the target, the best output of the source that can fill it (score > 0 only).
 * Only fields whose name shares or relates to the parameter's head are looked at. With no returns,
 * the source's name stands in, except towards a check: checks run before actions, and "download_file
 * returns a file" says nothing about which path to check.
 */
export function matchParameters(source: FunctionProfile, target: FunctionProfile): ParameterMatch[] {
  const matches: ParameterMatch[] = [];
  const nameAsOutput = source.outputs.length === 0 && NAMES_ITS_OUTPUT.has(source.role) && target.role !== "check";
  for (const parameter of target.params) {
    // A login's user name and password are the user's own; only an id it takes comes from another call.
    if (target.role === "auth" && !ISSUED_VALUES.has(parameter.head)) continue;
    let output: string | undefined;
    let best = 0;
    for (const token of similarTokens(parameter.head)) {
      for (const field of source.outputsByToken.get(token) ?? []) {
        const score = scoreField(field, source, parameter);
        if (score > best) {
          best = score;
          output = field.path;
        }
      }
    }
    if (nameAsOutput) best = scoreNameAsOutput(source, parameter);
    if (best > 0) matches.push({ parameter, output, score: best });
  }
  return matches;
}

/** How well one output field fills one parameter: same kind of value, of the same thing, of a fitting type. */
function scoreField(field: OutputField, source: FunctionProfile, parameter: ParameterProfile): number {
  // A scalar return value is whatever the function's name says it is (`get_user_id` → a user id).
  const head = field.path === "$" ? (source.entity[source.entity.length - 1] ?? "") : field.head;
  const entity = field.path === "$" ? source.entity.slice(0, -1) : field.entity;
  let headScore = tokenSimilarity(head, parameter.head);
  // `city_name` can fill `city`, `user_id` can fill `user`; `file_content` is no file name.
  if (headScore === 0 && QUALIFIED_HEADS.has(head) && field.tokens.includes(parameter.head)) headScore = 0.75;
  if (headScore === 0) return 0;
  const qualifierScore = qualifierCoverage(parameter, entity, source);
  const score = headScore * qualified(parameter, qualifierScore) * typeFit(field.type, parameter.type, ID_LIKE.has(parameter.head));
  return score * (parameter.generic ? 0.5 : 1) * (parameter.literal ? 0.7 : 1);
}

/**
 * How much the qualifier decides: an `id` or `name` of the wrong thing is worthless, while an `email` or
 * a `city` is the same value whoever hands it over.
 */
function qualified(parameter: ParameterProfile, qualifierScore: number): number {
  return QUALIFIED_HEADS.has(parameter.head) ? 0.2 + 0.8 * qualifierScore : 0.6 + 0.4 * qualifierScore;
}

/**
 * Whether the output belongs to the thing the parameter asks about. The field's own entity counts in
 * full; otherwise the source's name or description supply it (the `code` of get_airport_code is an
 * airport code). A field that names a different entity (`owner.id` for `video_id`) scores low.
 */
function qualifierCoverage(parameter: ParameterProfile, fieldEntity: readonly string[], source: FunctionProfile): number {
  const qualifiers = parameter.qualifiers;
  if (qualifiers.length === 0) return fieldEntity.length === 0 ? 1 : 0.9;
  let total = 0;
  let strongest = 0;
  for (const qualifier of qualifiers) {
    const direct = bestSimilarity(qualifier, fieldEntity);
    const fromName = bestSimilarity(qualifier, source.entity) * NAME_CREDIT;
    const fromDescription = source.descriptionTerms.has(qualifier) ? DESCRIPTION_CREDIT : 0;
    // A field that names its own, different entity does not borrow the function's context.
    const context = fieldEntity.length === 0 ? Math.max(fromName, fromDescription) : 0.5 * fromName;
    const score = Math.max(direct, context);
    total += score;
    strongest = Math.max(strongest, score);
  }
  // Guessed qualifiers are alternatives (any word of the function's name may be the entity).
  return parameter.inferred ? strongest : total / qualifiers.length;
}

function bestSimilarity(token: string, candidates: readonly string[]): number {
  let score = 0;
  for (const candidate of candidates) score = Math.max(score, tokenSimilarity(token, candidate));
  return score;
}

/**
 * With no declared returns, the function's name stands in for its output: `List supported carriers`
 * hands back carriers, whose codes `track_parcel(carrier_code)` needs.
 */
function scoreNameAsOutput(source: FunctionProfile, parameter: ParameterProfile): number {
  const entity = source.entity;
  if (entity.length === 0 || parameter.generic) return 0;
  const head = entity[entity.length - 1] as string;
  let score = tokenSimilarity(head, parameter.head) * qualified(parameter, qualifierCoverage(parameter, entity.slice(0, -1), source));
  // `List orders` → `get_order(order_id)`: the listed things carry the ids the parameter wants.
  if (ID_LIKE.has(parameter.head)) score = Math.max(score, 0.8 * bestSimilarity(head, parameter.qualifiers));
  if (parameter.literal) score *= 0.7;
  return Math.min(NAME_ONLY_CAP, score);
}
