import type { FunctionSpec } from "../schemas/function-spec";
import type { EdgeKind, FieldMatch } from "../schemas/graph";
import { matchParameters, type ParameterMatch } from "./field-match";
import { profileFunction, type FunctionProfile, type ParameterProfile } from "./function-profile";
import { findMention } from "./mention";
import { findPremise } from "./premise";
import { uniformContext, type ScoringContext } from "./scoring-context";
import { sharedTerms, termAffinity } from "./term-affinity";
import type { JudgedEdge } from "./types";
import type { VerbRole } from "./verb-role";
import { ISSUED_VALUES, UNIVERSAL_NAMESPACES } from "./vocabulary";

/** The most of an output→parameter match that survives between toolkits (for values that mean the same everywhere). */
const MAX_CROSS_TOOLKIT_REACH = 0.8;
/** Toolkits up to this many functions (plus one) are small: sharing one is a strong tie. */
const SMALL_TOOLKIT = 8;
/** Below this an output→parameter match is noise, not a link. */
const LINK_THRESHOLD = 0.45;
/** A match this good means the output can be passed on as it is, in the same turn. */
const NESTED_THRESHOLD = 0.75;
/** A required parameter counts as supplied by the source from this match score on. */
const COVERS_THRESHOLD = 0.6;

/**
 * The offline scorer: whether the source's output leads to calling the target, how (premise, exact or
 * partial input), how strongly, and the evidence. Returns null for a self pair or when nothing ties them.
 * On a lone pair every term counts alike; buildGraph scores with the catalog's term rarity and toolkit sizes.
 */
export function scorePair(source: FunctionSpec, target: FunctionSpec): JudgedEdge | null {
  return scoreProfiles(profileFunction(source), profileFunction(target), uniformContext());
}

/**
 * scorePair on prepared profiles. Edges lighter than `minWeight` come back as null before their
 * evidence is assembled, which is most of the cost of a pair that turns out unrelated.
 */
export function scoreProfiles(
  source: FunctionProfile,
  target: FunctionProfile,
  context: ScoringContext,
  minWeight = 0,
): JudgedEdge | null {
  if (source.spec.id === target.spec.id) return null;
  const sameToolkit = source.toolkitKey === target.toolkitKey;
  const sameCategory = source.spec.category === target.spec.category;
  const affinity = termAffinity(source, target, context);
  const toolkitTie = sameToolkit ? toolkitCloseness(context.toolkitSize(source)) : 0;
  // Between toolkits, data flows only through declared outputs, and only between functions about the
  // same things: a URL from a job board is no reason to call a QR-code generator. A name-only guess
  // or a mention of a common endpoint name ("Get Categories") does not cross toolkits.
  const topical = Math.min(1, 2 * affinity);
  const crossCanLink = topical * MAX_CROSS_TOOLKIT_REACH >= LINK_THRESHOLD;
  const premise = findPremise(source, target, sameToolkit);
  if (!sameToolkit && !crossCanLink && premise === undefined) return null;
  const links = sameToolkit ? matchParameters(source, target) : crossToolkitLinks(source, target, topical, context, crossCanLink);
  const mention = sameToolkit ? findMention(source, target) : undefined;
  let link = mention?.score ?? 0;
  for (const match of links) link = Math.max(link, match.score);
  const belonging = 0.1 * toolkitTie + (sameCategory ? 0.03 : 0) + 0.07 * affinity;

  let kind: EdgeKind;
  let weight: number;
  let reason: string;
  if (premise !== undefined && premise.score >= link) {
    kind = "premise";
    weight = premise.score + belonging;
    reason = premise.reason;
  } else if (link >= LINK_THRESHOLD) {
    kind = coversEntityInputs(links, target) ? "exact_input" : "partial_input";
    weight = 0.25 + 0.55 * link + belonging;
    reason = linkReason(source, target, links, mention === undefined ? undefined : (mention.parameter ?? ""));
  } else {
    // No output visibly feeds an input: what remains is that they belong to one toolkit and talk about
    // the same things. Such a pair gets one edge, from the function that produces to the one that
    // acts. Between toolkits, functions that talk alike are alternatives, not steps of one task.
    if (!sameToolkit || !producesBefore(source, target)) return null;
    kind = "partial_input";
    weight = 0.35 * toolkitTie + 0.35 * affinity + 0.2 * link + verbFlow(source.role, target.role);
    reason = `same toolkit ${source.spec.toolkit}`;
  }
  weight = round(Math.min(1, weight));
  if (weight <= 0 || weight < minWeight) return null;
  const fields = links.filter((match) => match.output !== undefined && match.score >= LINK_THRESHOLD).sort(byScore);
  return {
    source: source.spec.id,
    target: target.spec.id,
    kind,
    weight,
    nested: fields.some((match) => match.score >= NESTED_THRESHOLD),
    evidence: { fields: fields.slice(0, 5).map(toFieldMatch), terms: sharedTerms(source, target, context), reason },
  };
}

/**
 * Sharing a toolkit says more in a small one: any of a 5-endpoint API may come next, while in a
 * 40-endpoint API only the related ones do. Unknown size (no catalog at hand) counts as small.
 */
function toolkitCloseness(size: number | undefined): number {
  return size === undefined ? 1 : Math.min(1, SMALL_TOOLKIT / Math.max(1, size - 1));
}

/** Declared-output matches between toolkits, scaled by how far each kind of value travels. */
function crossToolkitLinks(
  source: FunctionProfile,
  target: FunctionProfile,
  topical: number,
  context: ScoringContext,
  canLink: boolean,
): ParameterMatch[] {
  if (!canLink || source.outputs.length === 0) return [];
  const links = matchParameters(source, target);
  for (const match of links) match.score *= topical * crossToolkitReach(match.parameter, context);
  return links;
}

/**
 * How much of a match survives between toolkits. An id is only meaningful to the API that issued it
 * (unless it is an IMDb id, an ISO code…), and copying a status or a date from one API into another
 * is rarely a step of a task; emails, cities and symbols mean the same everywhere, but a value half
 * the catalog hands out (a url, a name) ties little.
 */
function crossToolkitReach(parameter: ParameterProfile, context: ScoringContext): number {
  const { head, qualifiers, tokens } = parameter;
  let universal = !ISSUED_VALUES.has(head);
  let specificity = 0;
  for (const token of tokens) {
    specificity = Math.max(specificity, context.rarity(token));
    if (UNIVERSAL_NAMESPACES.has(token)) universal = true;
  }
  if (qualifiers.some((token) => UNIVERSAL_NAMESPACES.has(token))) universal = true;
  const reach = parameter.literal ? 0.3 : universal ? MAX_CROSS_TOOLKIT_REACH : 0.35;
  return reach * (0.4 + 0.6 * specificity);
}

/**
 * exact_input: the source supplies every required input of the target that names a thing (ids, codes,
 * paths…); the rest are values the user states (a date, a query). partial_input: some are left to others.
 */
function coversEntityInputs(matches: readonly ParameterMatch[], target: FunctionProfile): boolean {
  let coversAny = false;
  for (const param of target.params) {
    const covered = matches.some((match) => match.parameter === param && match.score >= COVERS_THRESHOLD);
    coversAny ||= covered;
    if (!covered && param.required && !param.literal && !param.generic) return false;
  }
  return coversAny;
}

/** Listing and lookup functions come first, actions after; ties go by id so the pair gets one direction. */
function producesBefore(source: FunctionProfile, target: FunctionProfile): boolean {
  const difference = producerRank(source) - producerRank(target);
  return difference > 0 || (difference === 0 && source.spec.id < target.spec.id);
}

function producerRank(profile: FunctionProfile): number {
  return ROLE_RANK[profile.role] - 0.1 * profile.requiredCount;
}

const ROLE_RANK: Record<VerbRole, number> = { auth: 4, check: 3, producer: 2, none: 1, action: 0, teardown: -1 };

/** Finding something and then acting on it is the commonest two-step task. */
function verbFlow(source: VerbRole, target: VerbRole): number {
  return source === "producer" && target === "action" ? 0.05 : 0;
}

function linkReason(source: FunctionProfile, target: FunctionProfile, matches: readonly ParameterMatch[], mentionedIn?: string): string {
  const bestField = [...matches].sort(byScore)[0];
  if (mentionedIn !== undefined && (bestField === undefined || bestField.score < LINK_THRESHOLD)) {
    return mentionedIn === ""
      ? `${target.spec.name} refers to ${source.spec.name}`
      : `${target.spec.name}.${mentionedIn} refers to ${source.spec.name}`;
  }
  if (bestField === undefined) return `${target.spec.name} refers to ${source.spec.name}`;
  return bestField.output === undefined
    ? `${source.spec.name} yields the ${bestField.parameter.name} that ${target.spec.name} takes`
    : `output ${bestField.output} fills ${bestField.parameter.name}`;
}

function byScore(a: ParameterMatch, b: ParameterMatch): number {
  return b.score - a.score || (a.parameter.name < b.parameter.name ? -1 : a.parameter.name > b.parameter.name ? 1 : 0);
}

function toFieldMatch(match: ParameterMatch): FieldMatch {
  return { output: match.output ?? "", parameter: match.parameter.name, score: round(match.score) };
}

function round(value: number): number {
  return Math.round(Math.max(0, value) * 1000) / 1000;
}
