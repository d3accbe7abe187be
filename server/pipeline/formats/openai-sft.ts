import type { ChatMessage, ToolSchema } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";
import { perFunction } from "./tool-cache";

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

/** `JSON.stringify` of one `toOpenAiTools` entry, per distinct function. */
const openAiToolJson = perFunction((fn) => `{"type":"function","function":${JSON.stringify(fn)}}`);

/** `JSON.stringify(toOpenAiTools(tools))`, from each function's remembered text. */
export const openAiToolsJson = (tools: readonly ToolSchema[]): string => `[${tools.map((tool) => openAiToolJson(tool.function)).join(",")}]`;

/** `JSON.stringify(messages.map(toOpenAiMessage))`: only assistant messages change, the others are written as they are. */
export const openAiMessagesJson = (messages: readonly ChatMessage[]): string =>
  `[${messages.map((m) => JSON.stringify(m.role === "assistant" ? toOpenAiMessage(m) : m)).join(",")}]`;

/** `JSON.stringify(toOpenAiSft(record))`, built from the parts' text without copying the record. */
export const openAiSftLine = (record: Trajectory): string =>
  `{"messages":${openAiMessagesJson(record.messages)},"tools":${openAiToolsJson(record.tools)},"parallel_tool_calls":true}`;
