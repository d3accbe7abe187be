import type { Random } from "../random";
import type { FunctionSpec } from "../schemas/function-spec";
import { accumulateSimilarity, buildCatalogIndex, type CatalogIndex } from "./catalog-index";
import { TopK } from "./top-k";
import { DEFAULT_CANDIDATES, type GraphOptions } from "./types";

/** Share of the budget left after the toolkit that is kept for other categories (MAGNET's cross-domain candidates). */
const CROSS_DOMAIN_SHARE = 1 / 3;

/**
 * Per function, the bounded set of functions worth judging against it (MAGNET's candidate sets):
 * its toolkit first, then the same category, then other categories, each ranked by shared rare terms;
 * where similarity runs dry, same-category functions are sampled with a random stream forked per
 * function id, so the sets depend on the seed but not on the order of the input.
 */
export function candidateSets(
  functions: readonly FunctionSpec[],
  options: Pick<GraphOptions, "candidates" | "random">,
): Map<string, string[]> {
  const index = buildCatalogIndex(functions);
  const sets = selectCandidates(index, options.candidates ?? DEFAULT_CANDIDATES, options.random);
  const ids = index.profiles.map((profile) => profile.spec.id);
  return new Map(sets.map((set, position) => [ids[position] as string, set.map((other) => ids[other] as string)]));
}

/** Candidate positions per function position. */
export function selectCandidates(index: CatalogIndex, budget: number, random: Random): number[][] {
  const count = index.profiles.length;
  const scores = new Float64Array(count);
  const touched: number[] = [];
  // chosenBy[p] === position + 1 marks p as chosen for `position`: no set to allocate per function.
  const chosenBy = new Int32Array(count);
  const similarPeers = new TopK(budget);
  const sameCategory = new TopK(budget);
  const otherCategory = new TopK(budget);
  return index.profiles.map((profile, position) => {
    const mark = position + 1;
    chosenBy[position] = mark;
    const chosen: number[] = [];
    const take = (positions: readonly number[], limit: number): void => {
      for (let k = 0; k < positions.length && chosen.length < limit; k++) {
        const other = positions[k] as number;
        if (chosenBy[other] !== mark) {
          chosenBy[other] = mark;
          chosen.push(other);
        }
      }
    };
    const rng = random.fork(profile.spec.id);
    touched.length = 0;
    accumulateSimilarity(index, position, scores, touched);
    const toolkit = index.toolkitOf[position] as number;
    const category = index.categoryOf[position] as number;
    const toolkitMembers = index.toolkitMembers[toolkit] as number[];
    const categoryMembers = index.categoryMembers[category] as number[];

    // Toolkit peers: all of them when they fit, else the most similar and a sample of the rest.
    const toolkitLimit = toolkitMembers.length - 1 <= budget ? budget : Math.ceil(budget * (1 - CROSS_DOMAIN_SHARE));
    similarPeers.clear();
    for (const member of toolkitMembers) if (member !== position) similarPeers.offer(member, scores[member] as number);
    take(similarPeers.best(), Math.ceil(toolkitLimit / 2));
    take(sample(toolkitMembers, toolkitLimit, rng), toolkitLimit);

    const rest = budget - chosen.length;
    const sameCategoryLimit = chosen.length + rest - Math.floor(rest * CROSS_DOMAIN_SHARE);
    sameCategory.clear();
    otherCategory.clear();
    for (const other of touched) {
      const score = scores[other] as number;
      scores[other] = 0;
      if (index.categoryOf[other] !== category) otherCategory.offer(other, score);
      else if (index.toolkitOf[other] !== toolkit) sameCategory.offer(other, score);
    }
    take(sameCategory.best(), sameCategoryLimit);
    take(sample(categoryMembers, sameCategoryLimit, rng), sameCategoryLimit);
    take(otherCategory.best(), budget);
    // Few cross-domain matches: give their share back to the same category.
    take(sameCategory.best(), budget);
    take(sample(categoryMembers, budget, rng), budget);
    return chosen;
  });
}

/** Up to `count` random members (all of them when they fit): a bounded number of draws, so a huge group costs no more. */
function sample(members: readonly number[], count: number, random: Random): readonly number[] {
  if (members.length <= count) return members;
  const drawn: number[] = [];
  for (let attempt = 0; attempt < count * 3 && drawn.length < count; attempt++) {
    const member = members[random.int(members.length)] as number;
    if (!drawn.includes(member)) drawn.push(member);
  }
  return drawn;
}
