import { z } from "zod";
import { scanResult } from "./scan-range";

/** What a scan worker tells the thread that started it. */
export const workerMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), records: z.number() }),
  z.object({ type: z.literal("done"), result: scanResult }),
  z.object({
    type: z.literal("error"),
    reason: z.string(),
    location: z.object({ file: z.string().optional(), record: z.number().optional(), field: z.string().optional() }).optional(),
  }),
]);
export type WorkerMessage = z.infer<typeof workerMessage>;
