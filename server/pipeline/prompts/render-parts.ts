import { formatCalls } from "../calls/format-calls";
import { functionCall, type ChatMessage, type FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { TurnRecord } from "../teacher";
import { CUT_MARK } from "./shared-text";

/** Renderers of task data for the templates. Changing one changes prompts: bump the versions that use it. */

/** Tool outputs can be pages of JSON; this is enough for a model to refer to them. */
const VALUE_LIMIT = 2000;
export const NONE = "(none)";

function bounded(text: string): string {
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT)}${CUT_MARK}` : text;
}

export function jsonText(value: unknown): string {
  return bounded(JSON.stringify(value) ?? "null");
}

/** One function per line as JSON; `id` is shown where answers must name functions by id. */
export function functionDocs(specs: readonly FunctionSpec[], options: { withId?: boolean } = {}): string {
  if (specs.length === 0) return NONE;
  return specs
    .map((spec) =>
      JSON.stringify({
        ...(options.withId === true ? { id: spec.id } : {}),
        name: spec.name,
        description: spec.description,
        parameters: spec.parameters,
        ...(spec.returns === undefined ? {} : { returns: spec.returns }),
      }),
    )
    .join("\n");
}

export function callsText(calls: readonly FunctionCall[]): string {
  return calls.length === 0 ? NONE : formatCalls(calls);
}

export function outputsText(outputs: readonly unknown[]): string {
  return outputs.length === 0 ? NONE : outputs.map((output) => jsonText(output)).join("\n");
}

const roundNotes: Readonly<Record<TurnRecord["kind"], string>> = {
  call: "",
  miss_func: " (a function the user needed was not available)",
  miss_param: " (a required value was missing from the request)",
  irrelevant: " (no function applied)",
};

/** Earlier rounds as the model reads them: query, calls, outputs (one line per call) and final answer. */
export function historyText(history: readonly TurnRecord[]): string {
  if (history.length === 0) return "(this is the first round)";
  return history
    .map((turn, index) => {
      const lines = [`Round ${index + 1}${roundNotes[turn.kind]}`, `User: ${turn.query}`, `Calls: ${callsText(turn.calls)}`];
      if (turn.outputs.length > 0) lines.push(`Outputs:\n${outputsText(turn.outputs)}`);
      if (turn.answer !== undefined) lines.push(`Assistant: ${turn.answer}`);
      return lines.join("\n");
    })
    .join("\n\n");
}

/** Tool-call arguments are a JSON string in chat messages; shown in the call grammar when they parse. */
function toolCallText(name: string, args: string): string {
  try {
    const parsed = functionCall.safeParse({ name, arguments: JSON.parse(args) });
    if (parsed.success) return formatCalls([parsed.data]).slice(1, -1);
  } catch {
    // Unparseable arguments are shown as they are; the model still sees what was sent.
  }
  return `${name}(${args})`;
}

/** A chat transcript, with each tool message labelled by the function whose call it answers. */
export function conversationText(messages: readonly ChatMessage[]): string {
  const callNames = new Map<string, string>();
  const lines: string[] = [];
  for (const message of messages) {
    switch (message.role) {
      case "system":
        lines.push(`System: ${message.content}`);
        break;
      case "user":
        lines.push(`User: ${message.content}`);
        break;
      case "assistant": {
        const calls = message.tool_calls ?? [];
        for (const call of calls) callNames.set(call.id, call.function.name);
        if (message.content !== "") lines.push(`Assistant: ${message.content}`);
        if (calls.length > 0) lines.push(`Assistant: [${calls.map((call) => toolCallText(call.function.name, call.function.arguments)).join(", ")}]`);
        break;
      }
      case "tool":
        lines.push(`Tool ${callNames.get(message.tool_call_id) ?? message.tool_call_id}: ${bounded(message.content)}`);
        break;
    }
  }
  return lines.length === 0 ? NONE : lines.join("\n");
}

/** The hint's text after one `[Hint]` tag: templates write the tag themselves, callers may include it too. */
export function hintText(hint: string): string {
  return hint.replace(/^\s*\[Hint\]\s*/, "");
}
