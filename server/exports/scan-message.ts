import { z } from "zod";

/**
 * What a scan worker tells the thread that started it. Its records' facts come as the JSON text of a
 * few thousand at a time while it scans (read by that thread between its own batches, not all at the
 * end when everything waits for them), and each finished part as the JSON text of the rest of its
 * `ScanResult`: one string is copied between threads at once, where cloning and then checking tens of
 * thousands of facts object by object cost the main thread more than its share of the scan's tail.
 * The text is written by `scanRange` in the worker, the same code as in this thread. A worker scans
 * one part or more (it takes over the tails of others), then says `done`.
 */
export const workerMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), part: z.number(), records: z.number() }),
  z.object({ type: z.literal("facts"), part: z.number(), facts: z.string() }),
  z.object({ type: z.literal("part"), result: z.string() }),
  z.object({ type: z.literal("done") }),
  z.object({
    type: z.literal("error"),
    reason: z.string(),
    location: z.object({ file: z.string().optional(), record: z.number().optional(), field: z.string().optional() }).optional(),
  }),
]);
export type WorkerMessage = z.infer<typeof workerMessage>;
