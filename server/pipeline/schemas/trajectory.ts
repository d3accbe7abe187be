import { z } from "zod";
import { chatMessage, functionCall, toolSchema } from "./chat";
import { operation, turnKind } from "./path";

export const checkVerdict = z.object({
  passed: z.boolean(),
  /** What failed, one line each; empty when passed. */
  problems: z.array(z.string()),
});
export type CheckVerdict = z.infer<typeof checkVerdict>;

export const trajectoryTurn = z.object({
  kind: turnKind,
  query: z.string(),
  reference: z.array(functionCall),
  /** Outputs of the reference calls, in order. */
  outputs: z.array(z.unknown()),
  /** Messages of this turn: [start, end) into `messages`, starting at its user message. */
  message_range: z.tuple([z.number().int(), z.number().int()]),
  /** The per-turn judge's label: correct, or the error type. */
  verdict: z.string().optional(),
});
export type TrajectoryTurn = z.infer<typeof trajectoryTurn>;

export const trajectoryProvenance = z.object({
  path_id: z.string(),
  operations: z.array(operation),
  teacher: z.object({ backend: z.string(), model: z.string() }),
  /** promptId → hash, for every template that produced part of the record. */
  prompts: z.record(z.string(), z.string()),
  seed: z.number().int(),
  executor: z.record(z.string(), z.string()),
});

export const trajectory = z.object({
  id: z.string(),
  path_id: z.string(),
  polarity: z.enum(["positive", "negative"]),
  error_type: z.string().optional(),
  /** Negative trajectories: the positive they were made against and where they leave it (for preference pairs). */
  pair: z
    .object({
      positive_id: z.string(),
      turn: z.number().int().nonnegative(),
      /** Index of the first message where the two differ; messages before it are shared. */
      message: z.number().int().nonnegative(),
    })
    .optional(),
  tools: z.array(toolSchema),
  messages: z.array(chatMessage),
  turns: z.array(trajectoryTurn),
  /** Check name → verdict over the whole trajectory (schema, unknown names, carried values, failure text, round trip). */
  checks: z.record(z.string(), checkVerdict),
  provenance: trajectoryProvenance,
});
export type Trajectory = z.infer<typeof trajectory>;
