import { z } from "zod";
import { negativeErrorTypes } from "../pipeline/teacher";
import { teacherChoice } from "../teacher/teacher-choice";

const id = z.number().int().positive();
const seed = z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").default(1);
/** Any order and repeats in, the canonical order out: the same mixture is the same run config. */
const negatives = z
  .array(z.enum(negativeErrorTypes))
  .default([...negativeErrorTypes])
  .transform((chosen) => negativeErrorTypes.filter((type) => chosen.includes(type)));
const concurrency = z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(64, "must be at most 64");

/** A studio run: the CLI's synthesis options over some of a project's stored paths. */
export const runStartInput = z.object({
  projectId: id,
  /** Default: every path of the project, in the project's order. */
  pathIds: z.array(z.string().min(1)).min(1, "choose at least one path").optional(),
  /** The first N of the chosen paths; default all of them. */
  count: z.number({ error: "must be a whole number" }).int("must be a whole number").positive("must be at least 1").optional(),
  teacher: teacherChoice.default({ kind: "offline" }),
  seed,
  negatives,
  judge: z.boolean().default(true),
  roundTrip: z.boolean().default(false),
  concurrency: concurrency.default(4),
  /** Default: generated, unique. */
  name: z.string().trim().min(1, "cannot be empty").max(100, "is longer than 100 characters").optional(),
});
export type RunStartInput = z.input<typeof runStartInput>;
export type RunStart = z.output<typeof runStartInput>;

export const runResumeInput = z.object({ runId: id, concurrency: concurrency.default(4) });
export type RunResumeInput = z.input<typeof runResumeInput>;

export const runItemInput = z.object({ runId: id, pathId: z.string().min(1) });

/** One path synthesized without storing a run, to look at before running at scale. */
export const previewInput = z.object({
  projectId: id,
  pathId: z.string().min(1, "choose a path"),
  teacher: teacherChoice.default({ kind: "offline" }),
  seed,
  negatives,
  judge: z.boolean().default(true),
});
export type PreviewInput = z.input<typeof previewInput>;

export const regenerateTurnInput = previewInput.extend({ turn: z.number().int().min(0) });
export type RegenerateTurnInput = z.input<typeof regenerateTurnInput>;

/** A turn's query as a person rewrote it, to see the reference calls the teacher derives from it. */
export const editTurnInput = previewInput.extend({
  turn: z.number().int().min(0),
  query: z.string().trim().min(1, "cannot be empty").max(4000, "is longer than 4000 characters"),
});
export type EditTurnInput = z.input<typeof editTurnInput>;
