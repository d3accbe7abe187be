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

// Module-level: a named closure made per row costs the command line's thread (TypeScript through tsx, which keeps names) a `defineProperty` each.
const trlJson = (messages: readonly ChatMessage[], names: ReadonlyMap<string, string>): string => JSON.stringify(toTrlMessages(messages, names));

/** `JSON.stringify(toTrlDpo(pair))`, with the tools' remembered text. */
export function trlDpoLine(pair: PreferencePair): string {
  const names = toolCallNames([...pair.prompt, ...pair.chosen, ...pair.rejected]);
  return `{"prompt":${trlJson(pair.prompt, names)},"chosen":${trlJson(pair.chosen, names)},"rejected":${trlJson(pair.rejected, names)},"tools":${openAiToolsJson(pair.tools)}}`;
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
