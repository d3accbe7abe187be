import { z } from "zod";
import type { LineAt } from "./line-reader";
import { recordsBefore, type EarlierRecord } from "./line-positions";

/** Records read back at first: a negative's positive is nearly always among the few just before it. */
const FIRST_RECORDS = 16;

const positiveRecord = z.object({ id: z.string(), polarity: z.literal("positive") });
const POSITIVE = Buffer.from('"positive"');
const UNICODE_ESCAPE = Buffer.from("\\u");

/**
 * The positives just before a part's start, for the negatives at the part's start whose positive is
 * there: a scan from the file's start would have held them in its `PositiveWindow`, and a part pairs
 * exactly the negatives such a scan would. Nothing is read until a negative asks, then only as far back
 * as needed: the nearest records first, the window's width at most.
 */
export class EarlierPositives {
  /** Nearest first. */
  private records: EarlierRecord[] = [];
  /** Per record (nearest first): its id when it is a positive, `null` when not, `undefined` until looked at. */
  private readonly ids: (string | null | undefined)[] = [];
  private complete: boolean;

  constructor(
    private readonly file: string,
    /** Where the part starts, in bytes. */
    private readonly start: number,
    /** The furthest back any negative may find its positive. */
    private readonly width: number,
  ) {
    this.complete = start === 0;
  }

  /** Where the latest positive with `id` is among the `back` records before the start. */
  find(id: string, back: number): LineAt | undefined {
    for (let k = 0; k < Math.min(back, this.width); k++) {
      const record = this.record(k);
      if (!record) return undefined;
      if (this.idOf(k, record) === id) return { at: record.at, bytes: record.bytes, record: -record.linesBack };
    }
    return undefined;
  }

  private record(k: number): EarlierRecord | undefined {
    if (k >= this.records.length && !this.complete) {
      const count = Math.min(this.width, Math.max(FIRST_RECORDS, 2 * this.records.length, k + 1));
      this.records = recordsBefore(this.file, this.start, count).reverse();
      this.complete = this.records.length < count || count === this.width;
    }
    return this.records[k];
  }

  /**
   * The record's id when it is a positive. Whether it is valid is its own part's business. Only lines
   * that hold the JSON string `"positive"`, or a `\u` escape that might spell it, are parsed.
   */
  private idOf(k: number, record: EarlierRecord): string | null {
    const known = this.ids[k];
    if (known !== undefined) return known;
    const id = record.line.includes(POSITIVE) || record.line.includes(UNICODE_ESCAPE) ? positiveId(record.line.toString("utf8")) : null;
    this.ids[k] = id;
    return id;
  }
}

function positiveId(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = positiveRecord.safeParse(value);
  return parsed.success ? parsed.data.id : null;
}
