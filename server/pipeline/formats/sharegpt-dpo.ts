import { InvalidInput } from "../errors";
import type { PreferencePair } from "../schemas/preference";
import { preferenceOutput } from "./openai-dpo";
import { isPromptSide, shareGptTools, shareGptToolsJson, systemText, toShareGptConversation, type ShareGptMessage } from "./sharegpt";

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

/** The prompt's conversation; LLaMA-Factory drops a ranking row whose prompt has an even length (it ends on the assistant side). */
function promptConversation(pair: PreferencePair): ShareGptMessage[] {
  const conversations = toShareGptConversation(pair.prompt);
  const last = conversations.at(-1);
  if (last === undefined || !isPromptSide(last.from)) {
    throw new InvalidInput(`pair ${pair.id}: the prompt must end on a user or tool message`, { field: "prompt" });
  }
  return conversations;
}

/** `JSON.stringify(toShareGptDpo(pair))`, with the tools' remembered text. */
export function shareGptDpoLine(pair: PreferencePair): string {
  const conversations = JSON.stringify(promptConversation(pair));
  const chosen = JSON.stringify(sideEntry(pair, "chosen"));
  const rejected = JSON.stringify(sideEntry(pair, "rejected"));
  return `{"conversations":${conversations},"chosen":${chosen},"rejected":${rejected},"system":${JSON.stringify(systemText(pair.prompt))},"tools":${shareGptToolsJson(pair.tools)}}`;
}

export function toShareGptDpo(pair: PreferencePair): ShareGptDpoRow {
  return {
    conversations: promptConversation(pair),
    chosen: sideEntry(pair, "chosen"),
    rejected: sideEntry(pair, "rejected"),
    system: systemText(pair.prompt),
    tools: shareGptTools(pair.tools),
  };
}
