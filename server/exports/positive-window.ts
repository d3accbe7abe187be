import type { Trajectory } from "../pipeline/schemas/trajectory";

/** Positives kept for pairing with the negatives after them: a run's trajectories come a path at a time, positive first. */
const PAIRING_WINDOW = 256;

/**
 * The recent positives of a stream, by id, so a negative finds its positive without holding the whole
 * file: a negative further than the window from its positive is paired later, by a targeted re-read.
 */
export class PositiveWindow {
  private readonly held = new Map<string, { positive: Trajectory; index: number }>();

  hold(positive: Trajectory, index: number): void {
    this.held.set(positive.id, { positive, index });
    for (const [id, entry] of this.held) {
      if (entry.index >= index - PAIRING_WINDOW) break;
      this.held.delete(id);
    }
  }

  positiveOf(negative: Trajectory): Trajectory | undefined {
    return negative.pair ? this.held.get(negative.pair.positive_id)?.positive : undefined;
  }
}
