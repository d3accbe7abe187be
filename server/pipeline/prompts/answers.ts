import { z } from "zod";
import { edgeKind } from "../schemas/graph";
import { negativeErrorTypes } from "../teacher";

/**
 * What each role answers. JSON roles answer one JSON object of these shapes; the two action roles
 * (forth_translate, distill_*) answer either a call list in the `[f(a=1, b="x"), g(c=[1, 2])]`
 * grammar or plain text, which the call parser tells apart. Both the LLM backends and the offline
 * teacher are held to these.
 */
export const classifyDomainAnswer = z.object({ category: z.string().min(1) });

export const judgeDependencyAnswer = z.object({
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      kind: edgeKind,
      weight: z.number().min(0).max(1),
      nested: z.boolean(),
      reason: z.string(),
    }),
  ),
});

export const judgeNestedAnswer = z.object({
  nested: z.boolean(),
  /** The target's parameter the source's output fills. */
  parameter: z.string().optional(),
  reason: z.string(),
});

export const backTranslateAnswer = z.object({ query: z.string().min(1) });

/** The output of the task's one call. */
export const simulateExecutionAnswer = z.object({ output: z.unknown() });

export const turnVerdicts = ["correct", ...negativeErrorTypes] as const;
export const judgeTurnAnswer = z.object({ verdict: z.enum(turnVerdicts), reason: z.string() });
export type JudgeTurnAnswer = z.infer<typeof judgeTurnAnswer>;
