import type { FunctionCall } from "../schemas/chat";
import { parseCalls } from "./parse-calls";
import { excerpt } from "./position";
import { stripFence } from "./strip-fence";

/** What an agent answered: calls in the action grammar, or plain text for the user. */
export type Action = { type: "calls"; calls: FunctionCall[] } | { type: "text"; text: string };
export type ParseActionResult = { ok: true; action: Action } | { ok: false; error: string };

// A list that opens with a call, an object or nothing is an attempt at calls; `[1, 2] are…` or
// `[Note] …` is prose. A bare call counts only when the whole answer is `name()` or `name(key=…)`,
// so prose such as `Paris (France) … (2024)` stays text.
const CALL_LIST_START = /^\[\s*(?:\]|\{|[A-Za-z_][A-Za-z0-9_.\-]*\()/;
const SINGLE_CALL = /^[A-Za-z_][A-Za-z0-9_.\-]*\((?:\s*\)|\s*["']?[A-Za-z_][A-Za-z0-9_]*["']?\s*=[\s\S]*\))$/;

/**
 * Tells a call list from text: fences and surrounding whitespace are stripped; an attempted call list
 * must parse (otherwise the answer is malformed and the error says where); anything else is text.
 */
export function parseAction(text: string): ParseActionResult {
  const body = stripFence(text);
  if (!CALL_LIST_START.test(body) && !SINGLE_CALL.test(body)) return { ok: true, action: { type: "text", text: body } };
  const parsed = parseCalls(body);
  if (parsed.ok) return { ok: true, action: { type: "calls", calls: parsed.calls } };
  return { ok: false, error: `${parsed.error} in ${excerpt(body)}` };
}
