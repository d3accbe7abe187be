import { z } from "zod";

export const turnKinds = ["call", "miss_func", "miss_param", "irrelevant"] as const;
export const turnKind = z.enum(turnKinds);
export type TurnKind = z.infer<typeof turnKind>;

export const turn = z.object({
  kind: turnKind,
  /** Function ids called in this turn, in order (empty for miss_* and irrelevant turns). */
  functions: z.array(z.string()),
  /** Functions of this turn called without being named in the query (Insert, same turn). */
  implicit: z.array(z.string()).optional(),
  /** miss_func / miss_param: the function withheld from the tools, or whose required parameter the query leaves out. */
  withheld: z.object({ function: z.string(), parameter: z.string().optional() }).optional(),
});
export type Turn = z.infer<typeof turn>;

export const mergeOp = z.object({ op: z.literal("merge"), at: z.number().int().nonnegative() });
export const insertOp = z.object({
  op: z.literal("insert"),
  function: z.string(),
  /** The turn whose last function the inserted one depends on. */
  after: z.number().int().nonnegative(),
  mode: z.enum(["same_turn", "later_turn"]),
  /** later_turn: index of the turn the new turn is placed after. */
  at: z.number().int().nonnegative().optional(),
});
export const splitOp = z.object({
  op: z.literal("split"),
  at: z.number().int().nonnegative(),
  label: z.enum(["miss_func", "miss_param"]),
  function: z.string(),
  parameter: z.string().optional(),
});
export const irrelevanceOp = z.object({ op: z.literal("irrelevance"), at: z.number().int().nonnegative() });
export const operation = z.discriminatedUnion("op", [mergeOp, insertOp, splitOp, irrelevanceOp]);
export type MergeOp = z.infer<typeof mergeOp>;
export type InsertOp = z.infer<typeof insertOp>;
export type SplitOp = z.infer<typeof splitOp>;
export type IrrelevanceOp = z.infer<typeof irrelevanceOp>;
export type Operation = z.infer<typeof operation>;

/** A function signature path: the sampled walk (`initial`) plus the operations that made `turns` from it. */
export const functionPath = z.object({
  id: z.string(),
  turns: z.array(turn),
  operations: z.array(operation),
  initial: z.array(turn),
});
export type FunctionPath = z.infer<typeof functionPath>;
