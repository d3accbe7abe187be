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
  const indexOf = new Map(trajectories.map((t, i) => [t.id, i]));
  const sides = splitByPath(
    trajectories.map((t) => t.path_id),
    trajectories.map((t) => (t.pair ? (indexOf.get(t.pair.positive_id) ?? -1) : -1)),
    options,
  );
  const train: T[] = [];
  const validation: T[] = [];
  trajectories.forEach((t, i) => (sides[i] === TRAIN_SIDE ? train : validation).push(t));
  return { train, validation };
}

export const TRAIN_SIDE = 1;
export const VALIDATION_SIDE = 2;

/**
 * `splitTrajectories` of items given by their path ids and, per item, the item it goes with (its
 * positive; -1 for none): per item `TRAIN_SIDE` or `VALIDATION_SIDE`. Paths are numbered once, since an
 * export splits every record and arrays indexed by number cost far less than maps of strings.
 */
export function splitByPath(pathIds: readonly string[], partnerOf: readonly number[], options: SplitOptions): Uint8Array {
  if (!(options.ratio >= 0 && options.ratio <= 1)) throw new RangeError(`split ratio ${options.ratio} is not in [0, 1]`);
  const numberOf = new Map<string, number>();
  const names: string[] = [];
  const pathOf: number[] = [];
  for (let i = 0; i < pathIds.length; i++) {
    const id = pathIds[i] ?? "";
    // Most items share their partner's path, numbered just before: one string compare instead of a lookup.
    const partner = partnerOf[i] ?? -1;
    let n = partner >= 0 && partner < i && pathIds[partner] === id ? pathOf[partner] : numberOf.get(id);
    if (n === undefined) numberOf.set(id, (n = names.push(id) - 1));
    pathOf.push(n);
  }
  // Union–find over paths, joining an item's path to its partner's; a group's root is its first path id in sort order.
  const parent = Int32Array.from(names, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] ?? root;
    // Path compression: the next find of `x` is one step (an export finds every record's path).
    parent[x] = root;
    return root;
  };
  partnerOf.forEach((partner, i) => {
    if (partner < 0) return;
    const a = find(pathOf[i] ?? 0);
    const b = find(pathOf[partner] ?? 0);
    if (a === b) return;
    const aFirst = (names[a] ?? "") < (names[b] ?? "");
    parent[aFirst ? b : a] = aFirst ? a : b;
  });
  // Each item's group, found once: the final assignment below reads it again.
  const groupOf = new Int32Array(pathOf.length);
  for (let i = 0; i < pathOf.length; i++) groupOf[i] = find(pathOf[i] ?? 0);
  const sizes = new Int32Array(names.length);
  for (const g of groupOf) sizes[g] = (sizes[g] ?? 0) + 1;
  const groups: number[] = [];
  sizes.forEach((size, g) => {
    if (size > 0) groups.push(g);
  });
  groups.sort((a, b) => ((names[a] ?? "") < (names[b] ?? "") ? -1 : 1));
  const random = options.random.fork("split");
  for (let i = groups.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = groups[i] ?? 0;
    groups[i] = groups[j] ?? 0;
    groups[j] = tmp;
  }
  const target = Math.round(options.ratio * pathIds.length);
  const inTrain = new Uint8Array(names.length);
  let count = 0;
  for (const g of groups) {
    if (count >= target) break;
    inTrain[g] = 1;
    count += sizes[g] ?? 0;
  }
  const sides = new Uint8Array(groupOf.length);
  for (let i = 0; i < groupOf.length; i++) sides[i] = inTrain[groupOf[i] ?? 0] === 1 ? TRAIN_SIDE : VALIDATION_SIDE;
  return sides;
}
