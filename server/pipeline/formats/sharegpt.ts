import type { ChatMessage, ToolSchema } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";
import { parseArguments } from "./arguments";
import { perFunction } from "./tool-cache";

export type ShareGptFrom = "human" | "gpt" | "function_call" | "observation";
export interface ShareGptMessage {
  from: ShareGptFrom;
  value: string;
}

/** One LLaMA-Factory ShareGPT row (DESIGN.md 4); `tools` is the function list as a JSON string. */
export interface ShareGptRow {
  conversations: ShareGptMessage[];
  system: string;
  tools: string;
}

/** LLaMA-Factory's converter accepts human/observation at even indices (0-based) and gpt/function_call at odd ones. */
export const isPromptSide = (from: ShareGptFrom): boolean => from === "human" || from === "observation";

/** LLaMA-Factory's tool formatter reads plain function schemas; the OpenAI `{type, function}` wrapper is dropped. */
export const shareGptTools = (tools: readonly ToolSchema[]): string => JSON.stringify(tools.map((tool) => tool.function));

/** A function's JSON as it reads inside the JSON string `tools`: escaping goes character by character, so the parts join. */
const escapedFunctionJson = perFunction((fn) => JSON.stringify(JSON.stringify(fn)).slice(1, -1));

/** `JSON.stringify(shareGptTools(tools))`, from each function's remembered text. */
export const shareGptToolsJson = (tools: readonly ToolSchema[]): string => `"[${tools.map((tool) => escapedFunctionJson(tool.function)).join(",")}]"`;

const promptSide = (message: ChatMessage): boolean => message.role === "user" || message.role === "tool";

/**
 * One ShareGPT entry for a run of messages on the same side of the alternation, so that the sides
 * alternate as LLaMA-Factory requires. Prompt side: the results of parallel calls become one
 * observation; user messages become one human entry (tool results a user message interrupts are
 * dropped: there is no slot for them). Assistant side: calls become one function_call and any text
 * beside them is dropped (a function_call entry has no room for text, and the calls are what the
 * model must learn); text alone becomes one gpt entry.
 */
function runEntry(run: readonly ChatMessage[]): ShareGptMessage {
  if (run.some((m) => m.role === "user")) return { from: "human", value: joinedContent(run, "user") };
  if (run.some((m) => m.role === "tool")) {
    const results = run.map((m) => m.content);
    return { from: "observation", value: results.length === 1 ? (results[0] as string) : JSON.stringify(results) };
  }
  const calls = run.flatMap((m) =>
    m.role === "assistant"
      ? (m.tool_calls ?? []).map((call) => ({ name: call.function.name, arguments: parseArguments(call.function.arguments, `tool call ${call.id}`) }))
      : [],
  );
  // One call as a JSON object, parallel calls as a JSON list of them (LLaMA-Factory's convention, as for their results).
  if (calls.length > 0) return { from: "function_call", value: JSON.stringify(calls.length === 1 ? calls[0] : calls) };
  return { from: "gpt", value: joinedContent(run, "assistant") };
}

/** The non-empty contents of a run's messages of one role, a blank line between them. */
function joinedContent(run: readonly ChatMessage[], role: "user" | "assistant"): string {
  const texts: string[] = [];
  for (const m of run) if (m.role === role && m.content !== "") texts.push(m.content);
  return texts.join("\n\n");
}

/** The conversation without system messages, one entry per run of same-side messages. */
export function toShareGptConversation(messages: readonly ChatMessage[]): ShareGptMessage[] {
  const runs: ChatMessage[][] = [];
  for (const message of messages) {
    if (message.role === "system") continue;
    const last = runs.at(-1);
    const lastMessage = last?.at(-1);
    if (last !== undefined && lastMessage !== undefined && promptSide(lastMessage) === promptSide(message)) last.push(message);
    else runs.push([message]);
  }
  return runs.map(runEntry);
}

export const systemText = (messages: readonly ChatMessage[]): string =>
  messages.flatMap((m) => (m.role === "system" ? [m.content] : [])).join("\n\n");

/** An SFT row's conversation: it must end on the assistant side, a trailing user or tool entry has no answer to train on. */
function sftConversation(messages: readonly ChatMessage[]): ShareGptMessage[] {
  const conversations = toShareGptConversation(messages);
  const last = conversations.at(-1);
  if (last !== undefined && isPromptSide(last.from)) conversations.pop();
  return conversations;
}

export function toShareGpt(record: Trajectory): ShareGptRow {
  return { conversations: sftConversation(record.messages), system: systemText(record.messages), tools: shareGptTools(record.tools) };
}

/** `JSON.stringify(toShareGpt(record))`, with the tools' remembered text. */
export const shareGptLine = (record: Trajectory): string =>
  `{"conversations":${JSON.stringify(sftConversation(record.messages))},"system":${JSON.stringify(systemText(record.messages))},"tools":${shareGptToolsJson(record.tools)}}`;

export interface ShareGptDatasetInfo {
  file_name: string;
  formatting: "sharegpt";
  ranking?: true;
  columns: { messages: string; system: string; tools: string; chosen?: string; rejected?: string };
  tags: {
    role_tag: "from";
    content_tag: "value";
    user_tag: "human";
    assistant_tag: "gpt";
    observation_tag: "observation";
    function_tag: "function_call";
  };
}

/** The `dataset_info.json` entry for an exported file: `{[name]: entry}`; `ranking` for sharegpt-dpo files. */
export function sharegptDatasetInfo(name: string, file: string, options: { ranking?: boolean } = {}): Record<string, ShareGptDatasetInfo> {
  const columns = { messages: "conversations", system: "system", tools: "tools" };
  const entry: ShareGptDatasetInfo = {
    file_name: file,
    formatting: "sharegpt",
    ...(options.ranking === true ? { ranking: true as const, columns: { ...columns, chosen: "chosen", rejected: "rejected" } } : { columns }),
    tags: {
      role_tag: "from",
      content_tag: "value",
      user_tag: "human",
      assistant_tag: "gpt",
      observation_tag: "observation",
      function_tag: "function_call",
    },
  };
  return { [name]: entry };
}
