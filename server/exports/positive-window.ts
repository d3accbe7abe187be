/** Positives kept for pairing with the negatives after them: a run's trajectories come a path at a time, positive first. */
const PAIRING_WINDOW = 256;

/**
 * The recent positives of a stream, by id, so a negative finds its positive without holding the whole
 * file: a negative further than the window from its positive is paired later, by a targeted re-read.
 * What is held per positive is the caller's choice (the record itself, or where to read it again).
 */
export class PositiveWindow<T> {
  private readonly held = new Map<string, { positive: T; index: number }>();

  hold(id: string, positive: T, index: number): void {
    this.held.set(id, { positive, index });
    for (const [heldId, entry] of this.held) {
      if (entry.index >= index - PAIRING_WINDOW) break;
      this.held.delete(heldId);
    }
  }

  positiveOf(negative: { pair?: { positive_id: string } | undefined }): T | undefined {
    return negative.pair ? this.held.get(negative.pair.positive_id)?.positive : undefined;
  }
}
