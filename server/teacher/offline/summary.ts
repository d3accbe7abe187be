import type { Random } from "../../pipeline/random";
import type { ChatMessage } from "../../pipeline/schemas/chat";
import { capitalize, joinList, spokenName } from "./words";

/** Enough facts for a useful answer; more reads like a dump of the output. */
const MAX_FACTS = 4;
const MAX_TEXT = 80;
const MAX_ITEMS = 4;

/** A long text cut at a word boundary, so every number it keeps is whole. */
function shortened(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const cut = text.slice(0, MAX_TEXT);
  const space = cut.lastIndexOf(" ");
  return `${space > 20 ? cut.slice(0, space) : cut}…`;
}

function said(value: unknown): string | undefined {
  // A sentence-like value loses its final stop: the summary adds its own.
  if (typeof value === "string") return value.length === 0 ? undefined : shortened(value.replace(/[.!?]+$/, ""));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const items = value.filter((item) => typeof item === "string" || typeof item === "number").slice(0, MAX_ITEMS).map(String);
    return items.length === 0 ? undefined : joinList(items);
  }
  return undefined;
}

/** "the zipcode is 94016", "the matches are a.txt and b.txt": the scalar fields of an output, depth first. */
function facts(output: unknown, label: string, into: string[]): void {
  if (into.length >= MAX_FACTS) return;
  if (output !== null && typeof output === "object" && !Array.isArray(output)) {
    for (const [key, value] of Object.entries(output)) {
      if (key.startsWith("_")) continue;
      if (value !== null && typeof value === "object" && !Array.isArray(value)) facts(value, key, into);
      else if (Array.isArray(value) && value.some((item) => item !== null && typeof item === "object")) facts(value[0], key, into);
      else {
        const text = said(value);
        const several = Array.isArray(value) && value.length > 1;
        // "stock_list" holds stocks: say "the stocks are …".
        const noun = several ? spokenName(key).replace(/ list$/, "s") : spokenName(key);
        const fact = `the ${noun} ${several ? "are" : "is"} ${text}`;
        if (text !== undefined && into.length < MAX_FACTS && !into.includes(fact)) into.push(fact);
      }
    }
    return;
  }
  const text = said(output);
  if (text !== undefined) into.push(`the ${label} is ${text}`);
}

function parsed(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return content;
  }
}

/** Openers that end a sentence (the facts start a new one) or lead into the facts. */
const OPENERS: readonly [string, boolean][] = [
  ["Done.", true],
  ["All set.", true],
  ["Here's what I got:", false],
  ["Okay, that's done:", false],
];
const NOTHING_TO_REPORT = ["Done, that's taken care of.", "All set, it went through.", "That's done now."];

/** The assistant's closing text for a turn: what the tool outputs since the last user message say. */
export function summarizeOutputs(messages: readonly ChatMessage[], random: Random): string {
  const lastUser = messages.findLastIndex((message) => message.role === "user");
  const found: string[] = [];
  for (const message of messages.slice(lastUser + 1)) {
    if (message.role === "tool") facts(parsed(message.content), "result", found);
  }
  if (found.length === 0) return random.pick(NOTHING_TO_REPORT);
  const [opener, sentence] = random.pick(OPENERS);
  const body = joinList(found);
  return `${opener} ${sentence ? capitalize(body) : body}.`;
}
