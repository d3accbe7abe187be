import type { ChatMessage, ToolSchema } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";

/** One OpenAI chat fine-tuning row (DESIGN.md 4). */
export interface OpenAiSftRow {
  messages: ChatMessage[];
  tools: ToolSchema[];
  parallel_tool_calls: true;
}

/**
 * A message as OpenAI's fine-tuning validator accepts it: tool calls keep `arguments` as a JSON string,
 * and an assistant message with tool calls has content "" (some chat templates reject null).
 */
export function toOpenAiMessage(message: ChatMessage): ChatMessage {
  if (message.role !== "assistant") return { ...message };
  const calls = message.tool_calls ?? [];
  if (calls.length === 0) return { role: "assistant", content: message.content };
  return {
    role: "assistant",
    content: "",
    tool_calls: calls.map((call) => ({ id: call.id, type: "function", function: { name: call.function.name, arguments: call.function.arguments } })),
  };
}

export const toOpenAiTools = (tools: readonly ToolSchema[]): ToolSchema[] =>
  tools.map((tool) => ({ type: "function", function: { ...tool.function } }));

export function toOpenAiSft(record: Trajectory): OpenAiSftRow {
  return { messages: record.messages.map(toOpenAiMessage), tools: toOpenAiTools(record.tools), parallel_tool_calls: true };
}
