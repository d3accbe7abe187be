import type { FunctionProfile } from "./function-profile";

/** A function's terms as ascending term ids with their weights, ready for a merge with another's. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * What the scorer knows about the catalog as a whole: how rare each term is (in a catalog where every
 * function returns a `url`, sharing a url says little; sharing an `imdbid` says a lot) and how big
 * each toolkit is.
 */
export interface ScoringContext {
  /** 1 for a term only one function uses (or one the catalog has never seen), towards 0 for one all use. */
  rarity(term: string): number;
  vector(profile: FunctionProfile): TermVector;
  /** The term behind an id of `vector`. */
  term(id: number): string;
  /** Functions in the profile's toolkit, when the catalog is known. */
  toolkitSize(profile: FunctionProfile): number | undefined;
}

/** No catalog at hand (a single pair, a judge given only a target and its candidates): every term counts alike. */
export function uniformContext(): ScoringContext {
  return weightedContext(() => 1, () => undefined);
}

/** Rarity from document frequencies over the catalog's profiles (IDF scaled to [0, 1]), and toolkit sizes. */
export function catalogContext(profiles: readonly FunctionProfile[]): ScoringContext {
  const documentFrequency = new Map<string, number>();
  const toolkitSizes = new Map<string, number>();
  for (const profile of profiles) {
    toolkitSizes.set(profile.toolkitKey, (toolkitSizes.get(profile.toolkitKey) ?? 0) + 1);
    for (const term of profile.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const count = Math.max(1, profiles.length);
  const maxIdf = Math.log(1 + count);
  return weightedContext(
    (term) => {
      const df = documentFrequency.get(term);
      return df === undefined ? 1 : Math.log(1 + count / df) / maxIdf;
    },
    (profile) => toolkitSizes.get(profile.toolkitKey),
  );
}

function weightedContext(
  rarity: (term: string) => number,
  toolkitSize: (profile: FunctionProfile) => number | undefined,
): ScoringContext {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const vectors = new WeakMap<FunctionProfile, TermVector>();
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.push(term) - 1;
      termIds.set(term, id);
    }
    return id;
  };
  return {
    rarity,
    toolkitSize,
    term: (id) => terms[id] ?? "",
    vector(profile) {
      let vector = vectors.get(profile);
      if (vector === undefined) {
        vector = sortedVector(profile.terms, idOf, rarity);
        vectors.set(profile, vector);
      }
      return vector;
    },
  };
}

/** Term ids in ascending order with their weights; insertion sort, as a function has a few dozen terms. */
function sortedVector(
  terms: ReadonlyMap<string, number>,
  idOf: (term: string) => number,
  rarity: (term: string) => number,
): TermVector {
  const ids = new Int32Array(terms.size);
  const weights = new Float64Array(terms.size);
  let count = 0;
  let squares = 0;
  for (const [term, weight] of terms) {
    const id = idOf(term);
    const weighted = weight * rarity(term);
    squares += weighted * weighted;
    let at = count++;
    for (; at > 0 && (ids[at - 1] as number) > id; at--) {
      ids[at] = ids[at - 1] as number;
      weights[at] = weights[at - 1] as number;
    }
    ids[at] = id;
    weights[at] = weighted;
  }
  return { ids, weights, norm: Math.sqrt(squares) };
}
