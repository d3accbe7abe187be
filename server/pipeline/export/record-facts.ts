import { z } from "zod";
import { turnKind } from "../schemas/path";
import type { Trajectory } from "../schemas/trajectory";
import { type ContaminationHit, contaminationReason } from "./contamination";
import { dedupeKeyHash } from "./dedupe";
import { buckets, sampleKind } from "./sample-kind";

/**
 * What the export's decisions need of one record — selection, deduplication, contamination, mixture
 * and split — in a few dozen bytes, so an export of any size holds these and never the records.
 */
export const recordFactsSchema = z.object({
  id: z.string(),
  path_id: z.string(),
  polarity: z.enum(["positive", "negative"]),
  error_type: z.string().optional(),
  pair: z.object({ positive_id: z.string() }).optional(),
  bucket: z.enum(buckets),
  /** The distinct kinds of the record's turns. */
  turnKinds: z.array(turnKind),
  /** Positives: 53-bit hash of the near-duplicate key (negatives are never deduplicated). */
  dedupeKey: z.number().optional(),
  /** Benchmark overlaps, when a benchmark was given. */
  contamination: z.array(z.object({ benchmark_id: z.string(), reason: contaminationReason })).optional(),
});
export type RecordFacts = z.infer<typeof recordFactsSchema>;

export function recordFacts(t: Trajectory, check?: (t: Trajectory) => ContaminationHit[]): RecordFacts {
  const hits = t.polarity === "positive" && check ? check(t) : [];
  return {
    id: t.id,
    path_id: t.path_id,
    polarity: t.polarity,
    ...(t.error_type !== undefined ? { error_type: t.error_type } : {}),
    ...(t.pair ? { pair: { positive_id: t.pair.positive_id } } : {}),
    bucket: sampleKind(t),
    turnKinds: [...new Set(t.turns.map((turn) => turn.kind))],
    ...(t.polarity === "positive" ? { dedupeKey: dedupeKeyHash(t) } : {}),
    ...(hits.length > 0 ? { contamination: hits.map((h) => ({ benchmark_id: h.benchmark_id, reason: h.reason })) } : {}),
  };
}
