import { z } from "zod";
import { chatMessage, toolSchema } from "./chat";

/**
 * A preference pair: the shared prefix, then what the positive and the negative trajectory did from
 * the first message where they differ. `turn` level stops both at the end of the diverging turn
 * (multi-turn DPO); `trajectory` level keeps each to its end (MAGNET's trajectory-level pairs).
 */
export const preferencePair = z.object({
  id: z.string(),
  level: z.enum(["turn", "trajectory"]),
  positive_id: z.string(),
  negative_id: z.string(),
  error_type: z.string(),
  /** Index of the diverging turn in the positive trajectory. */
  turn: z.number().int().nonnegative(),
  tools: z.array(toolSchema),
  prompt: z.array(chatMessage),
  chosen: z.array(chatMessage),
  rejected: z.array(chatMessage),
});
export type PreferencePair = z.infer<typeof preferencePair>;
