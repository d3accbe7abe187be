/**
 * How far reviewers agree when they rate the same items (trajectories, or turns of trajectories) with
 * categorical labels (accepted | rejected | needs-edit): percent agreement, Cohen's kappa for two
 * reviewers, Fleiss' kappa for many, and how often one reviewer sides with the others.
 *
 * Every result carries its counts, so a UI can show "kappa 0.62 over 40 items"; a value that is not
 * defined (no items, chance agreement of 1) is null, never NaN.
 *
 * What the functions make of the ratings (see `labelsByRater`), so callers may pass the raw history:
 * - a rating labelled `pending` is no decision and is ignored;
 * - a rater rates an item once: a later rating by the same rater on the same item (later in the
 *   array, so pass them oldest first) replaces the earlier one.
 */

export interface Rating {
  rater: string;
  label: string;
}

/** One rated item; callers may keep their own fields (an id, a turn) on it. */
export interface RatedItem {
  ratings: readonly Rating[];
}

export interface PercentAgreement {
  /** Mean over the items of the share of their rater pairs that agree; null without such items. */
  agreement: number | null;
  /** Items with at least two ratings: the only ones with pairs to agree. */
  items: number;
}

export interface Kappa {
  /** (observed − expected) / (1 − expected); null when there is no item or expected is 1. */
  kappa: number | null;
  /** Observed agreement p_o; null without items. */
  observed: number | null;
  /** Agreement expected by chance p_e; null without items. */
  expected: number | null;
  /** Items the observed agreement is taken over. */
  items: number;
}

export interface PairKappa extends Kappa {
  raterA: string;
  raterB: string;
}

export interface RaterAgreement {
  rater: string;
  /** Share of the counted items where the rater gave the other raters' most common label; null without any. */
  agreement: number | null;
  /** Items the rater rated where the others' most common label is a single one. */
  items: number;
  /** Items left out because two labels tie for the others' most common one. */
  ties: number;
}

const NO_DECISION = "pending";

type Labels = ReadonlyMap<string, string>;

/** An item's ratings as rater → label: the last one each rater gave, `pending` left out. */
function labelsByRater(item: RatedItem): Labels {
  const byRater = new Map<string, string>();
  for (const { rater, label } of item.ratings) if (label !== NO_DECISION) byRater.set(rater, label);
  return byRater;
}

function countLabels(labels: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);

/** The share of an item's rater pairs that agree: Σ n_j(n_j − 1) / n(n − 1). Needs n ≥ 2. */
function pairShare(labels: Labels): number {
  const n = labels.size;
  let agreeing = 0;
  for (const count of countLabels(labels.values()).values()) agreeing += count * (count - 1);
  return agreeing / (n * (n - 1));
}

export function percentAgreement(items: readonly RatedItem[]): PercentAgreement {
  const shares = items
    .map(labelsByRater)
    .filter((labels) => labels.size >= 2)
    .map(pairShare);
  return { agreement: mean(shares), items: shares.length };
}

const NO_KAPPA: Kappa = { kappa: null, observed: null, expected: null, items: 0 };

function cohen(rated: readonly Labels[], raterA: string, raterB: string): Kappa {
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let n = 0;
  let agreeing = 0;
  for (const labels of rated) {
    const a = labels.get(raterA);
    const b = labels.get(raterB);
    if (a === undefined || b === undefined) continue;
    n += 1;
    if (a === b) agreeing += 1;
    countsA.set(a, (countsA.get(a) ?? 0) + 1);
    countsB.set(b, (countsB.get(b) ?? 0) + 1);
  }
  if (n === 0) return NO_KAPPA;
  // Kept in whole counts (p_e·n² and p_o·n) so that "p_e = 1" is an exact test, not a float comparison.
  let chance = 0;
  for (const [label, count] of countsA) chance += count * (countsB.get(label) ?? 0);
  const square = n * n;
  return {
    // p_e = 1 when both raters gave one and the same label to every item: kappa is 0/0, undefined.
    kappa: chance === square ? null : (n * agreeing - chance) / (square - chance),
    observed: agreeing / n,
    expected: chance / square,
    items: n,
  };
}

/** Cohen's kappa of two raters over the items both rated; null with no common item, or when p_e = 1. */
export function cohensKappa(items: readonly RatedItem[], raterA: string, raterB: string): Kappa {
  return cohen(items.map(labelsByRater), raterA, raterB);
}

/**
 * Fleiss' kappa over all the items, which may have different numbers of ratings. Fleiss (1971) needs
 * the same n ratings per item; this is its generalization to n_i ratings on item i (Fleiss' generalized
 * kappa with missing ratings, Gwet, "Handbook of Inter-Rater Reliability", 4th ed., 2014; the same
 * formulas as `fleiss.kappa.dist` of the R package irrCAC):
 *   P_i = Σ_j n_ij(n_ij − 1) / (n_i(n_i − 1)), averaged over the items with n_i ≥ 2 (P̄ = percent agreement);
 *   π_j = mean over the items with n_i ≥ 1 of n_ij / n_i, and P_e = Σ_j π_j²  (each item weighs the
 *   same in the label shares, as each weighs the same in P̄; an item rated once still tells how
 *   common its label is);
 *   kappa = (P̄ − P_e) / (1 − P_e).
 * With the same n on every item, π_j is the pooled share of label j and this is Fleiss (1971) exactly.
 * Null when no item has two ratings, or when every rating has the same label (P_e = 1).
 */
export function fleissKappa(items: readonly RatedItem[]): Kappa {
  const rated = items.map(labelsByRater).filter((labels) => labels.size >= 1);
  const paired = rated.filter((labels) => labels.size >= 2);
  const observed = mean(paired.map(pairShare));
  if (observed === null) return NO_KAPPA;
  const shareSums = new Map<string, number>();
  for (const labels of rated) {
    for (const [label, count] of countLabels(labels.values())) shareSums.set(label, (shareSums.get(label) ?? 0) + count / labels.size);
  }
  let expected = 0;
  for (const sum of shareSums.values()) expected += (sum / rated.length) ** 2;
  // Σ π_j² = 1 only when a single label has π = 1; testing that avoids comparing floats with 1.
  const kappa = shareSums.size === 1 ? null : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, items: paired.length };
}

/** Cohen's kappa for every pair of raters who rated at least one item in common, in rater-name order. */
export function pairwiseKappas(items: readonly RatedItem[]): PairKappa[] {
  const rated = items.map(labelsByRater);
  const raters = [...new Set(rated.flatMap((labels) => [...labels.keys()]))].sort();
  const pairs: PairKappa[] = [];
  raters.forEach((raterA, i) => {
    for (const raterB of raters.slice(i + 1)) {
      const result = cohen(rated, raterA, raterB);
      if (result.items > 0) pairs.push({ raterA, raterB, ...result });
    }
  });
  return pairs;
}

/**
 * How often one rater gives the label most of the other raters of the item gave. "Most" is the
 * plurality (the one most common label, even below half); items where two labels tie for it, and
 * items nobody else rated, are left out: there the rater can neither agree nor disagree with "the others".
 */
export function raterAgreement(items: readonly RatedItem[], rater: string): RaterAgreement {
  let counted = 0;
  let agreeing = 0;
  let ties = 0;
  for (const labels of items.map(labelsByRater)) {
    const own = labels.get(rater);
    if (own === undefined) continue;
    const others = countLabels([...labels].filter(([other]) => other !== rater).map(([, label]) => label));
    if (others.size === 0) continue;
    const top = Math.max(...others.values());
    const leaders = [...others].filter(([, count]) => count === top);
    if (leaders.length > 1) {
      ties += 1;
      continue;
    }
    counted += 1;
    if (leaders[0]?.[0] === own) agreeing += 1;
  }
  return { rater, agreement: counted === 0 ? null : agreeing / counted, items: counted, ties };
}
