import { InvalidInput } from "../errors";
import type { Random } from "../random";
import { type Bucket, buckets, emptyBucketCounts } from "./sample-kind";

export type Mixture = Partial<Record<Bucket, number>>;

export const DEFAULT_IRRELEVANCE_SHARE = 0.16;

export interface MixtureOptions<T> {
  /** The bucket of an item, e.g. `sampleKind` for trajectories. */
  bucketOf: (item: T) => Bucket;
  random: Random;
  /** Samples wanted in all; default: the most the available data allows at the requested shares. */
  total?: number;
}

export interface BucketNumbers {
  count: number;
  share: number;
}

export interface MixtureResult<T> {
  /** Kept items, in input order. */
  selected: T[];
  available: Record<Bucket, number>;
  /** The target shares (normalized) and the counts they ask for. */
  requested: Record<Bucket, BucketNumbers>;
  /** What was kept: counts and shares of `selected`. */
  achieved: Record<Bucket, BucketNumbers>;
  /** Buckets that had fewer samples than requested (kept whole, never padded). */
  short: Bucket[];
}

const SUM_TOLERANCE = 1e-3;

/**
 * Parse `single=0.2,parallel=0.1,...`. Each part must be `bucket=share` with a known bucket and a
 * finite share ≥ 0; buckets may not repeat; the shares must sum to 1 (±0.001).
 */
export function parseMixture(text: string): Mixture {
  const mixture: Mixture = {};
  const parts = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0) throw new InvalidInput("empty mixture", { field: "mixture" });
  for (const part of parts) {
    const match = /^([A-Za-z_]+)\s*=\s*(.+)$/.exec(part);
    if (!match) throw new InvalidInput(`"${part}" is not bucket=share`, { field: "mixture" });
    const name = match[1] as string;
    const raw = (match[2] as string).trim();
    if (!(buckets as readonly string[]).includes(name))
      throw new InvalidInput(`"${part}": unknown bucket "${name}" (known: ${buckets.join(", ")})`, { field: "mixture" });
    const bucket = name as Bucket;
    const share = Number(raw);
    if (raw === "" || !Number.isFinite(share) || share < 0 || share > 1)
      throw new InvalidInput(`"${part}": share "${raw}" is not a number between 0 and 1`, { field: "mixture" });
    if (mixture[bucket] !== undefined) throw new InvalidInput(`"${part}": bucket "${bucket}" given twice`, { field: "mixture" });
    mixture[bucket] = share;
  }
  const sum = Object.values(mixture).reduce((a, b) => a + (b ?? 0), 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) throw new InvalidInput(`shares sum to ${+sum.toFixed(6)}, not 1`, { field: "mixture" });
  return mixture;
}

/** Irrelevance at 16 %, the other 84 % split among the other buckets in proportion to what is available. */
export function defaultMixture(available: Record<Bucket, number>): Record<Bucket, number> {
  const others = buckets.filter((b) => b !== "irrelevance");
  const rest = others.reduce((n, b) => n + available[b], 0);
  const shares = { ...emptyBucketCounts(), irrelevance: DEFAULT_IRRELEVANCE_SHARE };
  for (const b of others) shares[b] = rest === 0 ? 0 : ((1 - DEFAULT_IRRELEVANCE_SHARE) * available[b]) / rest;
  return shares;
}

function normalize(target: Mixture): Record<Bucket, number> {
  const shares = emptyBucketCounts();
  for (const b of buckets) shares[b] = Math.max(0, target[b] ?? 0);
  const sum = buckets.reduce((n, b) => n + shares[b], 0);
  if (sum <= 0) throw new InvalidInput("mixture has no positive share", { field: "mixture" });
  for (const b of buckets) shares[b] /= sum;
  return shares;
}

/** Integer counts summing to `total`, proportional to `shares` (largest remainder). */
function apportion(shares: Record<Bucket, number>, total: number): Record<Bucket, number> {
  const counts = emptyBucketCounts();
  const remainders: [Bucket, number][] = [];
  let given = 0;
  for (const b of buckets) {
    const exact = shares[b] * total;
    counts[b] = Math.floor(exact + 1e-9);
    given += counts[b];
    remainders.push([b, exact - counts[b]]);
  }
  remainders.sort((a, b) => b[1] - a[1]);
  for (const [b] of remainders) {
    if (given >= total) break;
    if (shares[b] > 0) {
      counts[b]++;
      given++;
    }
  }
  return counts;
}

/** What a mixture asks of some items: each bucket's items (their indexes), what is available and requested, and which buckets fall short. */
export interface MixtureTargets {
  groups: ReadonlyMap<Bucket, readonly number[]>;
  available: Record<Bucket, number>;
  requested: Record<Bucket, BucketNumbers>;
  short: Bucket[];
}

/** `applyMixture` without the sampling: what a report needs when nothing is to be thrown away. */
export function mixtureTargets<T>(items: readonly T[], target: Mixture | undefined, options: Omit<MixtureOptions<T>, "random">): MixtureTargets {
  const groups = new Map<Bucket, number[]>(buckets.map((b) => [b, []]));
  items.forEach((item, i) => groups.get(options.bucketOf(item))?.push(i));
  const available = emptyBucketCounts();
  for (const b of buckets) available[b] = groups.get(b)?.length ?? 0;

  const shares = target ? normalize(target) : defaultMixture(available);
  let total = options.total;
  if (total === undefined) {
    const limits = buckets.filter((b) => shares[b] > 0 && available[b] > 0).map((b) => available[b] / shares[b]);
    total = limits.length === 0 ? 0 : Math.floor(Math.min(...limits) + 1e-9);
  }
  const wanted = apportion(shares, Math.max(0, Math.floor(total)));
  const short = buckets.filter((b) => wanted[b] > available[b]);
  const requested = Object.fromEntries(buckets.map((b) => [b, { count: wanted[b], share: shares[b] }])) as Record<Bucket, BucketNumbers>;
  return { groups, available, requested, short };
}

/**
 * Down-sample to a bucket mixture (seeded, per bucket). Never invents or duplicates samples: a bucket
 * with fewer samples than requested is kept whole and reported in `short`, and `achieved` shows the
 * real shares. Without `total`, the total is the largest one at which every bucket that has samples
 * meets its share (buckets with a share but no samples are short).
 */
export function applyMixture<T>(items: readonly T[], target: Mixture | undefined, options: MixtureOptions<T>): MixtureResult<T> {
  const { groups, available, requested, short } = mixtureTargets(items, target, options);
  const keep = new Set<number>();
  for (const b of buckets) {
    const members = [...(groups.get(b) ?? [])];
    const random = options.random.fork(`mixture:${b}`);
    const n = Math.min(requested[b].count, members.length);
    // Partial Fisher–Yates: the first n positions are a uniform sample.
    for (let i = 0; i < n; i++) {
      const j = i + random.int(members.length - i);
      const picked = members[j] as number;
      members[j] = members[i] as number;
      members[i] = picked;
      keep.add(picked);
    }
  }
  const selected = items.filter((_, i) => keep.has(i));
  return { selected, available, requested, achieved: achievedMixture(selected, options.bucketOf), short };
}

/** Counts and shares per bucket of the items kept. */
export function achievedMixture<T>(items: readonly T[], bucketOf: (item: T) => Bucket): Record<Bucket, BucketNumbers> {
  const counts = emptyBucketCounts();
  for (const item of items) counts[bucketOf(item)]++;
  return Object.fromEntries(buckets.map((b) => [b, { count: counts[b], share: items.length === 0 ? 0 : counts[b] / items.length }])) as Record<Bucket, BucketNumbers>;
}
