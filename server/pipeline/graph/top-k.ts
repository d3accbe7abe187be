/**
 * The k best (position, score) pairs seen so far, best first; ties go to the lower position so the
 * result does not depend on the order the pairs arrive in. Cheaper than sorting thousands of hits when
 * only a few dozen are kept.
 */
export class TopK {
  private readonly positions: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  offer(position: number, score: number): void {
    if (this.k <= 0) return;
    const count = this.positions.length;
    if (count === this.k && !this.beats(position, score, count - 1)) return;
    let at = count === this.k ? count - 1 : count;
    while (at > 0 && this.beats(position, score, at - 1)) {
      this.positions[at] = this.positions[at - 1] as number;
      this.scores[at] = this.scores[at - 1] as number;
      at--;
    }
    this.positions[at] = position;
    this.scores[at] = score;
  }

  /** Empties it for reuse. */
  clear(): void {
    this.positions.length = 0;
    this.scores.length = 0;
  }

  /** Positions, best first. */
  best(): readonly number[] {
    return this.positions;
  }

  private beats(position: number, score: number, slot: number): boolean {
    const other = this.scores[slot] as number;
    return score > other || (score === other && position < (this.positions[slot] as number));
  }
}
