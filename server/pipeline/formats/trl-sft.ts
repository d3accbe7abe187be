import type { ChatMessage, ToolSchema } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";
import { parseArguments } from "./arguments";
import { openAiToolsJson, toOpenAiTools } from "./openai-sft";

export interface TrlToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: Record<string, unknown> };
}

/**
 * A message as transformers' chat templates read it: `arguments` is an object (Qwen2.5, Llama-3.3 and
 * Mistral-Nemo encode a JSON string a second time), tool calls keep their ids (Mistral-Nemo prints
 * them) and a tool message also names its function (templates that print `message.name` need it).
 */
export type TrlMessage =
  | { role: "system" | "user"; content: string }
  | { role: "assistant"; content: string; tool_calls?: TrlToolCall[] }
  | { role: "tool"; tool_call_id: string; name: string; content: string };

export interface TrlSftRow {
  messages: TrlMessage[];
  tools: ToolSchema[];
}

/** TRL messages; `names` maps tool_call_id → function name over the whole conversation (a tool message may follow its call in another list). */
export function toTrlMessages(messages: readonly ChatMessage[], names: ReadonlyMap<string, string>): TrlMessage[] {
  return messages.map((message): TrlMessage => {
    switch (message.role) {
      case "system":
      case "user":
        return { role: message.role, content: message.content };
      case "tool":
        return { role: "tool", tool_call_id: message.tool_call_id, name: names.get(message.tool_call_id) ?? "", content: message.content };
      case "assistant": {
        const calls = message.tool_calls ?? [];
        if (calls.length === 0) return { role: "assistant", content: message.content };
        return {
          role: "assistant",
          content: "",
          tool_calls: calls.map((call) => ({
            id: call.id,
            type: "function",
            function: { name: call.function.name, arguments: parseArguments(call.function.arguments, `tool call ${call.id}`) },
          })),
        };
      }
    }
  });
}

export const toolCallNames = (messages: readonly ChatMessage[]): Map<string, string> =>
  new Map(messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []).map((c) => [c.id, c.function.name] as const) : [])));

export function toTrlSft(record: Trajectory): TrlSftRow {
  return { messages: toTrlMessages(record.messages, toolCallNames(record.messages)), tools: toOpenAiTools(record.tools) };
}

/** `JSON.stringify(toTrlSft(record))`, with the tools' remembered text. */
export const trlSftLine = (record: Trajectory): string =>
  `{"messages":${JSON.stringify(toTrlMessages(record.messages, toolCallNames(record.messages)))},"tools":${openAiToolsJson(record.tools)}}`;
