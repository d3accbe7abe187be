import type { Random } from "../random";

export interface SplitOptions {
  /** Share of samples for train, in [0, 1], e.g. 0.95. */
  ratio: number;
  random: Random;
}

/** What the split needs of a sample. */
export interface SplitItem {
  id: string;
  path_id: string;
  pair?: { positive_id: string };
}

export interface SplitResult<T> {
  train: T[];
  validation: T[];
}

/**
 * Seeded train/validation split by groups: trajectories with the same `path_id`, plus any negative and
 * the positive it pairs with, always land in the same split. Groups are shuffled by seed and filled into
 * train until it holds `round(ratio × total)` samples (the rest go to validation), so the achieved ratio
 * is off by less than one group. Order inside each split follows the input.
 */
export function splitTrajectories<T extends SplitItem>(trajectories: readonly T[], options: SplitOptions): SplitResult<T> {
  if (!(options.ratio >= 0 && options.ratio <= 1)) throw new RangeError(`split ratio ${options.ratio} is not in [0, 1]`);
  // Union–find over path ids, joining a negative's path to its positive's.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    // Path compression: the next find of `x` is one step (an export finds every record's path).
    if (root !== x) parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const pathOf = new Map(trajectories.map((t) => [t.id, t.path_id]));
  for (const t of trajectories) {
    const positivePath = t.pair && pathOf.get(t.pair.positive_id);
    if (positivePath !== undefined) union(t.path_id, positivePath);
  }
  // Each trajectory's group, found once: the final assignment below reads it again.
  const groupOf = trajectories.map((t) => find(t.path_id));
  const sizes = new Map<string, number>();
  for (const g of groupOf) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const groups = [...sizes.keys()].sort();
  const random = options.random.fork("split");
  for (let i = groups.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = groups[i] as string;
    groups[i] = groups[j] as string;
    groups[j] = tmp;
  }
  const target = Math.round(options.ratio * trajectories.length);
  const inTrain = new Set<string>();
  let count = 0;
  for (const g of groups) {
    if (count >= target) break;
    inTrain.add(g);
    count += sizes.get(g) ?? 0;
  }
  const train: T[] = [];
  const validation: T[] = [];
  trajectories.forEach((t, i) => (inTrain.has(groupOf[i] as string) ? train : validation).push(t));
  return { train, validation };
}
