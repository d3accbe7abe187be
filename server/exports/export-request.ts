import { z } from "zod";
import { buckets } from "../pipeline/export/sample-kind";
import { formatNames } from "../pipeline/formats";
import { reviewStatus } from "../pipeline/schemas/review";
import { turnKind } from "../pipeline/schemas/path";
import { benchmarkRefusal, utf8Length } from "../security/upload-limits";

export const pairLevels = ["turn", "trajectory", "both"] as const;

/** Target shares per bucket, relative: they are normalized, so 20/10/10/44/16 and 0.2/…/0.16 mean the same. */
export const mixtureShares = z
  .partialRecord(z.enum(buckets), z.number().min(0, "a share cannot be negative"))
  .refine((shares) => Object.values(shares).some((share) => (share ?? 0) > 0), "give at least one bucket a share above 0");

/** A benchmark file (BFCL test entries) the browser read and sent as text; its size is counted in UTF-8 bytes, as on disk. */
export const benchmarkUpload = z
  .object({
    name: z.string().trim().min(1, "the benchmark file needs a name").max(255),
    text: z.string().min(1, "the benchmark file is empty"),
  })
  .superRefine((upload, ctx) => {
    const refusal = benchmarkRefusal(upload.name, utf8Length(upload.text));
    if (refusal) ctx.addIssue({ code: "custom", message: refusal, path: ["text"] });
  });
export type BenchmarkUpload = z.infer<typeof benchmarkUpload>;

/** Which trajectories of a project an export reads: review status is the curated part, accepted only by default. */
export const exportSelection = z.object({
  projectId: z.number().int().positive(),
  /** Default: every run of the project. */
  runIds: z.array(z.number().int().positive()).min(1, "choose at least one run, or every run").max(1000).optional(),
  statuses: z.array(reviewStatus).min(1, "choose at least one review status").default(["accepted"]),
});

/** How the selection becomes files; the CLI's `magnet export` options under the same names. */
export const exportSettings = z.object({
  formats: z.array(z.enum(formatNames)).min(1, "choose at least one format"),
  /** null keeps every selected sample (the card still reports the default mixture beside what was kept). */
  mixture: mixtureShares.nullable().default(null),
  split: z.number().min(0).max(1).default(0.95),
  dedupe: z.boolean().default(true),
  contamination: benchmarkUpload.optional(),
  dropContaminated: z.boolean().default(false),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  pairLevel: z.enum(pairLevels).default("turn"),
  polarity: z.array(z.enum(["positive", "negative"])).min(1).optional(),
  turnKinds: z.array(turnKind).min(1).optional(),
});

export const exportRequest = exportSelection.extend(exportSettings.shape);
export type ExportRequest = z.infer<typeof exportRequest>;
export type ExportRequestInput = z.input<typeof exportRequest>;
