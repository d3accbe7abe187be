import type { ChatMessage, ToolSchema } from "../schemas/chat";
import { InvalidInput } from "../errors";
import type { PreferencePair } from "../schemas/preference";
import { openAiMessagesJson, openAiToolsJson, toOpenAiMessage, toOpenAiTools } from "./openai-sft";

/** One OpenAI preference fine-tuning row (DESIGN.md 4). */
export interface OpenAiDpoRow {
  input: { messages: ChatMessage[]; tools: ToolSchema[] };
  preferred_output: ChatMessage[];
  non_preferred_output: ChatMessage[];
}

/**
 * The assistant messages of one side. OpenAI requires the outputs to be assistant messages only, so
 * a side that runs past tool results (a trajectory-level pair, or a turn with several steps) keeps
 * only its first assistant message: that is where the two sides differ, and the tool results after it
 * cannot be put in an output.
 */
export function preferenceOutput(side: readonly ChatMessage[]): ChatMessage[] {
  const assistants = side.filter((m) => m.role === "assistant");
  const first = assistants[0];
  if (first === undefined) return [];
  return side.some((m) => m.role === "tool") ? [first] : assistants;
}

/** Both sides' outputs; OpenAI rejects an empty output, and a pair whose side has no assistant message cannot be trained on. */
function outputs(pair: PreferencePair): { preferred: ChatMessage[]; nonPreferred: ChatMessage[] } {
  const preferred = preferenceOutput(pair.chosen);
  const nonPreferred = preferenceOutput(pair.rejected);
  if (preferred.length === 0) throw new InvalidInput(`pair ${pair.id}: chosen has no assistant message`, { field: "chosen" });
  if (nonPreferred.length === 0) throw new InvalidInput(`pair ${pair.id}: rejected has no assistant message`, { field: "rejected" });
  return { preferred, nonPreferred };
}

/** `JSON.stringify(toOpenAiDpo(pair))`, built from the parts' text. */
export function openAiDpoLine(pair: PreferencePair): string {
  const { preferred, nonPreferred } = outputs(pair);
  return `{"input":{"messages":${openAiMessagesJson(pair.prompt)},"tools":${openAiToolsJson(pair.tools)}},"preferred_output":${openAiMessagesJson(preferred)},"non_preferred_output":${openAiMessagesJson(nonPreferred)}}`;
}

export function toOpenAiDpo(pair: PreferencePair): OpenAiDpoRow {
  const { preferred, nonPreferred } = outputs(pair);
  return {
    input: { messages: pair.prompt.map(toOpenAiMessage), tools: toOpenAiTools(pair.tools) },
    preferred_output: preferred.map(toOpenAiMessage),
    non_preferred_output: nonPreferred.map(toOpenAiMessage),
  };
}
