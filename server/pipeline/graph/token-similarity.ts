import { ID_LIKE, RELATED } from "./vocabulary";

/** RELATED as token → (token → similarity), both ways, so a lookup allocates nothing. */
const relatedByToken = new Map<string, Map<string, number>>();
for (const [pair, similarity] of RELATED) {
  const [a, b] = pair.split(" ") as [string, string];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    let row = relatedByToken.get(x);
    if (row === undefined) relatedByToken.set(x, (row = new Map()));
    row.set(y, similarity);
  }
}

/** Parameter heads repeat across a catalog; cleared when it grows large. */
const similarCache = new Map<string, readonly string[]>();
const SIMILAR_CACHE_LIMIT = 100_000;

/** How interchangeable two canonical tokens are as names of a value (1 = the same). */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const related = relatedByToken.get(a)?.get(b);
  if (related !== undefined) return related;
  return ID_LIKE.has(a) && ID_LIKE.has(b) ? 0.75 : 0;
}

/** Every token with a non-zero similarity to `token`, itself first. */
export function similarTokens(token: string): readonly string[] {
  let similar = similarCache.get(token);
  if (similar === undefined) {
    const related = [...(relatedByToken.get(token)?.keys() ?? [])];
    similar = [...new Set([token, ...related, ...(ID_LIKE.has(token) ? ID_LIKE : [])])];
    if (similarCache.size >= SIMILAR_CACHE_LIMIT) similarCache.clear();
    similarCache.set(token, similar);
  }
  return similar;
}
