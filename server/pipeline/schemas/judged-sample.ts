import { z } from "zod";
import { negativeErrorTypes } from "../teacher";
import { functionCall } from "./chat";

/**
 * A judge's verdict on a sampled trajectory turn, supplied by the user as JSON Lines: the erroneous
 * action becomes the misleading hint of a negative for that path and turn.
 */
export const judgedSample = z
  .object({
    path_id: z.string(),
    turn: z.number().int().nonnegative(),
    error_type: z.enum(negativeErrorTypes),
    action: z.union([z.object({ calls: z.array(functionCall).min(1) }), z.object({ text: z.string().min(1) })]),
  })
  .strict();
export type JudgedSample = z.infer<typeof judgedSample>;
