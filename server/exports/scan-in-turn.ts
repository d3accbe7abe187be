import { scanRange, type ScanBase, type ScanResult } from "./scan-range";
import type { Part, SharedParts } from "./shared-parts";

/**
 * The least of another part's unclaimed tail worth taking over: a new part costs a few milliseconds
 * (its spool files, the records just before it read again to pair the negatives at its start), and
 * 4 MB is about 600 records of the bench's, 25 to 50 ms of one thread's scan once halved.
 */
const MIN_SPLIT_BYTES = 4 << 20;

export interface ScanHooks {
  /** A part is scanned (parts come in the order this thread finishes them, not file order). */
  onPart: (result: ScanResult) => void;
  onProgress?: (part: number, records: number) => void;
  onFacts?: (part: number, facts: ScanResult["facts"]) => void;
}

/**
 * What one thread of a parallel scan does: scans its first part, then takes over the second half of
 * the largest tail another thread has not reached yet, and so on until no tail is worth it.
 */
export async function scanInTurn(shared: SharedParts, base: ScanBase, first: number, hooks: ScanHooks, minSplitBytes = MIN_SPLIT_BYTES): Promise<void> {
  const { onProgress, onFacts } = hooks;
  for (let next: Part | undefined = shared.range(first); next; next = shared.split(minSplitBytes)) {
    const { part } = next;
    const result = await scanRange(
      { ...base, ...next },
      onProgress && ((records) => onProgress(part, records)),
      onFacts && ((facts) => onFacts(part, facts)),
      (upTo) => shared.claim(part, upTo),
    );
    hooks.onPart(result);
  }
}
