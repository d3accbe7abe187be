import type { ToolSchema } from "../schemas/chat";
import type { PreferencePair } from "../schemas/preference";
import { toOpenAiTools } from "./openai-sft";
import { toolCallNames, toTrlMessages, type TrlMessage } from "./trl-sft";

/** One TRL DPOTrainer row in the conversational format (DESIGN.md 4): each side runs to its end. */
export interface TrlDpoRow {
  prompt: TrlMessage[];
  chosen: TrlMessage[];
  rejected: TrlMessage[];
  tools: ToolSchema[];
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
