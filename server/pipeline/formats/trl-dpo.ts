import type { ChatMessage, ToolSchema } from "../schemas/chat";
import type { PreferencePair } from "../schemas/preference";
import { openAiToolsJson, toOpenAiTools } from "./openai-sft";
import { toolCallNames, toTrlMessages, type TrlMessage } from "./trl-sft";

/** One TRL DPOTrainer row in the conversational format (DESIGN.md 4): each side runs to its end. */
export interface TrlDpoRow {
  prompt: TrlMessage[];
  chosen: TrlMessage[];
  rejected: TrlMessage[];
  tools: ToolSchema[];
}

/** `JSON.stringify(toTrlDpo(pair))`, with the tools' remembered text. */
export function trlDpoLine(pair: PreferencePair): string {
  const names = toolCallNames([...pair.prompt, ...pair.chosen, ...pair.rejected]);
  const json = (messages: readonly ChatMessage[]) => JSON.stringify(toTrlMessages(messages, names));
  return `{"prompt":${json(pair.prompt)},"chosen":${json(pair.chosen)},"rejected":${json(pair.rejected)},"tools":${openAiToolsJson(pair.tools)}}`;
}

export function toTrlDpo(pair: PreferencePair): TrlDpoRow {
  const names = toolCallNames([...pair.prompt, ...pair.chosen, ...pair.rejected]);
  return {
    prompt: toTrlMessages(pair.prompt, names),
    chosen: toTrlMessages(pair.chosen, names),
    rejected: toTrlMessages(pair.rejected, names),
    tools: toOpenAiTools(pair.tools),
  };
}
