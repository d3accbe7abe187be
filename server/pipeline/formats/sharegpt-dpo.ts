import { InvalidInput } from "../errors";
import type { PreferencePair } from "../schemas/preference";
import { preferenceOutput } from "./openai-dpo";
import { isPromptSide, shareGptTools, systemText, toShareGptConversation, type ShareGptMessage } from "./sharegpt";

/** One LLaMA-Factory ShareGPT ranking row: the prompt ends on the prompt side, each side is one assistant entry. */
export interface ShareGptDpoRow {
  conversations: ShareGptMessage[];
  chosen: ShareGptMessage;
  rejected: ShareGptMessage;
  system: string;
  tools: string;
}

/** A side's first assistant entry: LLaMA-Factory's ranking format holds one message per side, as OpenAI's does. */
function sideEntry(pair: PreferencePair, side: "chosen" | "rejected"): ShareGptMessage {
  const entry = toShareGptConversation(preferenceOutput(pair[side]).slice(0, 1))[0];
  if (entry === undefined) throw new InvalidInput(`pair ${pair.id}: ${side} has no assistant message`, { field: side });
  return entry;
}

export function toShareGptDpo(pair: PreferencePair): ShareGptDpoRow {
  const conversations = toShareGptConversation(pair.prompt);
  const last = conversations.at(-1);
  // LLaMA-Factory drops a ranking row whose prompt has an even length (it ends on the assistant side).
  if (last === undefined || !isPromptSide(last.from)) {
    throw new InvalidInput(`pair ${pair.id}: the prompt must end on a user or tool message`, { field: "prompt" });
  }
  return {
    conversations,
    chosen: sideEntry(pair, "chosen"),
    rejected: sideEntry(pair, "rejected"),
    system: systemText(pair.prompt),
    tools: shareGptTools(pair.tools),
  };
}
