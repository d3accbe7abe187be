/** A seeded random source; the pipeline never calls Math.random so every result is reproducible. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** An independent stream derived from this seed and a label (stable whatever else was drawn). */
  fork(label: string): Random;
}

function hashString(text: string, seed: number): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b);
    h ^= h >>> 13;
  }
  return Math.imul(h ^ (h >>> 16), 0xc2b2ae35) >>> 0;
}

/**
 * mulberry32: tiny, fast and good enough for sampling. A class, so a fork (one per exported record)
 * is one small object rather than a set of closures.
 */
class Mulberry32 implements Random {
  private state: number;

  constructor(private readonly base: number) {
    this.state = base;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[this.int(items.length)] as T;
  }

  fork(label: string): Random {
    return new Mulberry32(hashString(label, this.base));
  }
}

export function createRandom(seed: number | string): Random {
  return new Mulberry32(typeof seed === "number" ? seed >>> 0 : hashString(seed, 0));
}
