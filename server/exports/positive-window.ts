/** How far back, in records, a negative finds its positive during a scan. */
export const PAIRING_WINDOW = 256;

/**
 * The recent positives of a stream, by id, so a negative finds its positive without holding the whole
 * file: a negative further than the window from its positive is paired later, by a targeted re-read.
 * Whether a negative finds its positive depends only on the records at most the window before it, so a
 * reader that starts mid-file and looks back that far (`EarlierPositives`) pairs exactly the negatives
 * a reader from the start would: the export's rows do not depend on where its parts begin. What is
 * held per positive is the caller's choice (the record itself, or where to read it again).
 */
export class PositiveWindow<T> {
  private readonly held = new Map<string, { positive: T; index: number }>();

  /** Holds the positive at record `index`; positives with the same id before it are forgotten. */
  hold(id: string, positive: T, index: number): void {
    this.held.delete(id);
    this.held.set(id, { positive, index });
    for (const [heldId, entry] of this.held) {
      if (entry.index >= index - PAIRING_WINDOW) break;
      this.held.delete(heldId);
    }
  }

  /** The positive of the negative at record `index`, when it is held and at most the window before it. */
  positiveOf(negative: { pair?: { positive_id: string } | undefined }, index: number): T | undefined {
    const entry = negative.pair ? this.held.get(negative.pair.positive_id) : undefined;
    return entry && entry.index >= index - PAIRING_WINDOW ? entry.positive : undefined;
  }
}
