import type { FunctionCall } from "../schemas/chat";
import { fieldWords, singular } from "./field-words";
import { stableToken } from "./stable-token";

/** Arguments that say what the call was about, worth repeating in its answer; secrets are never echoed. */
const IDENTITY_WORDS = new Set(["id", "name", "path", "file", "filename", "folder", "directory", "dir", "user", "username", "email", "url", "symbol", "city", "title", "date", "destination", "location", "account"]);
const MAX_ECHOES = 3;

const CREATE_VERBS = new Set(["create", "add", "new", "post", "book", "register", "send", "make", "place", "insert", "upload", "submit", "open", "generate", "purchase", "schedule", "reserve", "buy", "issue"]);

/** The verb of `create_ticket` / `addContact`: a creation call answers with a new id. */
export const isCreation = (functionName: string): boolean => CREATE_VERBS.has(fieldWords(functionName)[0] ?? "");

/**
 * The answer of a function that documents none: `{status: "success"}`, the arguments that identify
 * what was acted on, and a new `<thing>_id` for a creation (`create_ticket` → `ticket_id`).
 */
export function statusOutput(call: FunctionCall, callKey: string): Record<string, unknown> {
  const output: Record<string, unknown> = { status: "success" };
  let echoed = 0;
  for (const [name, value] of Object.entries(call.arguments)) {
    const identifies = fieldWords(name).some((word) => IDENTITY_WORDS.has(word));
    if (echoed < MAX_ECHOES && identifies && (typeof value === "string" || typeof value === "number")) {
      output[name] = value;
      echoed++;
    }
  }
  const words = fieldWords(call.name);
  if (isCreation(call.name)) {
    const thing = words.length > 1 ? singular(words.at(-1) ?? "") : "";
    const key = thing === "" ? "id" : `${thing}_id`;
    output[key] ??= `id-${stableToken(`${callKey}|${key}`)}`;
  }
  return output;
}
