import { InvalidInput } from "../errors";
import type { FunctionSpec } from "../schemas/function-spec";
import { profileFunction, type FunctionProfile } from "./function-profile";
import { catalogContext, type ScoringContext } from "./scoring-context";

/**
 * The catalog prepared once for candidate selection and scoring: functions in id order (so the input
 * order never matters), their profiles, toolkit and category groups, and an inverted index from terms
 * to functions weighted by rarity.
 */
export interface CatalogIndex {
  profiles: FunctionProfile[];
  /** Term rarity and toolkit sizes over this catalog, shared by candidate search and scoring. */
  context: ScoringContext;
  /** Per function position: the number of its toolkit (a toolkit is a tool name within a category). */
  toolkitOf: Int32Array;
  /** Function positions per toolkit number. */
  toolkitMembers: number[][];
  /** Per function position: the number of its category. */
  categoryOf: Int32Array;
  /** Function positions per category number. */
  categoryMembers: number[][];
  /** Per function: the weight its strongest QUERY_TERMS terms reach; weaker terms are not searched by. */
  queryThresholds: Float64Array;
  /** Per function: the length of its weighted term vector. */
  norms: Float64Array;
  /** Per term id: the functions that use it; empty for terms too common to say anything. */
  postings: Int32Array[];
  /** Per term id: the term's weight in each function of its posting list. */
  postingWeights: Float64Array[];
}

/** Terms of a function that take part in candidate search: its strongest few bound the work per function. */
const QUERY_TERMS = 24;

/** Posting lists longer than this belong to terms like "name" or "list": skipped, as an IDF near zero would. */
function postingCap(functionCount: number): number {
  return Math.min(400, Math.max(64, Math.ceil(2 * Math.sqrt(functionCount))));
}

export function buildCatalogIndex(functions: readonly FunctionSpec[]): CatalogIndex {
  const sorted = [...functions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.id === sorted[i - 1]?.id) {
      throw new InvalidInput(`duplicate function id ${JSON.stringify(sorted[i]?.id)}`, { field: "id" });
    }
  }
  const profiles = sorted.map(profileFunction);
  const toolkits = groupBy(profiles, (profile) => profile.toolkitKey);
  const categories = groupBy(profiles, (profile) => profile.spec.category);
  const context = catalogContext(profiles);
  const inverted = invertedIndex(profiles, context);
  return {
    profiles,
    context,
    toolkitOf: toolkits.groupOf,
    toolkitMembers: toolkits.members,
    categoryOf: categories.groupOf,
    categoryMembers: categories.members,
    ...inverted,
  };
}

function groupBy(profiles: readonly FunctionProfile[], key: (profile: FunctionProfile) => string) {
  const numbers = new Map<string, number>();
  const members: number[][] = [];
  const groupOf = new Int32Array(profiles.length);
  profiles.forEach((profile, position) => {
    const name = key(profile);
    let group = numbers.get(name);
    if (group === undefined) {
      group = members.length;
      numbers.set(name, group);
      members.push([]);
    }
    groupOf[position] = group;
    (members[group] as number[]).push(position);
  });
  return { groupOf, members };
}

function invertedIndex(profiles: readonly FunctionProfile[], context: ScoringContext) {
  const vectors = profiles.map((profile) => context.vector(profile));
  const documentFrequency: number[] = [];
  for (const { ids } of vectors) for (const id of ids) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const cap = postingCap(profiles.length);
  const postings = Array.from(documentFrequency, (df = 0) => new Int32Array(df <= cap ? df : 0));
  const postingWeights = postings.map((list) => new Float64Array(list.length));
  const filled = new Int32Array(postings.length);
  vectors.forEach(({ ids, weights }, position) => {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      const list = postings[id] as Int32Array;
      if (list.length === 0) continue;
      const slot = filled[id] as number;
      list[slot] = position;
      (postingWeights[id] as Float64Array)[slot] = weights[k] as number;
      filled[id] = slot + 1;
    }
  });
  const queryThresholds = Float64Array.from(vectors, ({ weights }) =>
    weights.length <= QUERY_TERMS ? 0 : (Float64Array.from(weights).sort().reverse()[QUERY_TERMS - 1] as number),
  );
  const norms = Float64Array.from(vectors, (vector) => vector.norm);
  return { queryThresholds, norms, postings, postingWeights };
}

/**
 * Accumulates into `scores` the cosine between function `position` and every function sharing one of
 * its strongest rare terms, and lists those functions in `touched`. Near-linear overall: each function
 * walks about QUERY_TERMS capped posting lists. The caller zeroes `scores` at `touched` afterwards.
 */
export function accumulateSimilarity(index: CatalogIndex, position: number, scores: Float64Array, touched: number[]): void {
  const { ids, weights, norm } = index.context.vector(index.profiles[position] as FunctionProfile);
  const threshold = index.queryThresholds[position] as number;
  for (let k = 0; k < ids.length; k++) {
    const posting = index.postings[ids[k] as number] as Int32Array;
    if (posting.length === 0 || (weights[k] as number) < threshold) continue;
    const otherWeights = index.postingWeights[ids[k] as number] as Float64Array;
    const weight = (weights[k] as number) / norm;
    for (let p = 0; p < posting.length; p++) {
      const other = posting[p] as number;
      if (other === position) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other] = (scores[other] as number) + (weight * (otherWeights[p] as number)) / (index.norms[other] as number);
    }
  }
}
