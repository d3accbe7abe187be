import { z } from "zod";

/** OpenAI chat messages as trajectories store them (DESIGN.md 4). `arguments` is a JSON string. */
export const toolCall = z.object({
  id: z.string(),
  type: z.literal("function"),
  function: z.object({ name: z.string(), arguments: z.string() }),
});
export type ToolCall = z.infer<typeof toolCall>;

export const chatMessage = z.discriminatedUnion("role", [
  z.object({ role: z.literal("system"), content: z.string() }),
  z.object({ role: z.literal("user"), content: z.string() }),
  z.object({ role: z.literal("assistant"), content: z.string(), tool_calls: z.array(toolCall).optional() }),
  z.object({ role: z.literal("tool"), tool_call_id: z.string(), content: z.string() }),
]);
export type ChatMessage = z.infer<typeof chatMessage>;

/** An OpenAI `tools` entry. */
export const toolSchema = z.object({
  type: z.literal("function"),
  function: z.object({ name: z.string(), description: z.string(), parameters: z.record(z.string(), z.unknown()) }),
});
export type ToolSchema = z.infer<typeof toolSchema>;

/** A call with concrete arguments, as references and parsed answers hold it. */
export const functionCall = z.object({ name: z.string(), arguments: z.record(z.string(), z.unknown()) });
export type FunctionCall = z.infer<typeof functionCall>;
