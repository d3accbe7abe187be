import { z } from "zod";
import { DEFAULT_STEPS, walkStrategies } from "../sampling/sample-walks";

const probability = z.number().min(0).max(1);

/** Settings shared by `magnet sample`, the paths service and (later) the studio's path builder. */
export const sampleSettings = z.object({
  steps: z.number().int().min(1).max(50).default(DEFAULT_STEPS),
  /** Start ids; absent means one walk from every node (or `walks` draws). */
  from: z.array(z.string()).optional(),
  walks: z.number().int().min(0).max(1_000_000).optional(),
  strategy: z.enum(walkStrategies).default("uniform"),
  mergeP: probability.default(0.3),
  insertP: probability.default(0.3),
  splitP: probability.default(0.3),
  irrelevanceP: probability.default(0.15),
  seed: z.number().int().min(0).default(1),
});
export type SampleSettings = z.infer<typeof sampleSettings>;
export type SampleSettingsInput = z.input<typeof sampleSettings>;
