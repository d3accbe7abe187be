import type { FunctionCall } from "@/server/pipeline/schemas/chat";
import type { Trajectory } from "@/server/pipeline/schemas/trajectory";

/** A tool call as the viewer shows it: its arguments (pretty when JSON), their check, and its result. */
export interface CallView {
  id: string;
  name: string;
  arguments: string;
  problems: string[];
  /** The tool message answering this call (`tool_call_id`), when there is one; pretty when JSON. */
  result?: string;
}

export type BubbleView =
  | { role: "system" | "user"; index: number; content: string }
  | { role: "assistant"; index: number; content: string; calls: CallView[] }
  /** A tool result no call of the turn asked for. */
  | { role: "tool"; index: number; content: string; toolCallId: string };

export interface TurnView {
  index: number;
  kind: string;
  query: string;
  verdict?: string;
  reference: FunctionCall[];
  bubbles: BubbleView[];
  /** How many tool calls the assistant made in the turn (the editor numbers them in this order). */
  callCount: number;
}

export interface ConversationView {
  /** Messages before the first turn (the system prompt). */
  preamble: BubbleView[];
  turns: TurnView[];
}

export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The messages of `[start, end)` as bubbles, each tool result placed under the call it answers. */
function bubblesOf(trajectory: Trajectory, start: number, end: number, problems: ReadonlyMap<string, string[]>): BubbleView[] {
  const messages = trajectory.messages.slice(start, end);
  const results = new Map<string, string>();
  for (const m of messages) if (m.role === "tool") results.set(m.tool_call_id, m.content);
  const answered = new Set<string>();
  const bubbles: BubbleView[] = [];
  messages.forEach((message, offset) => {
    const index = start + offset;
    if (message.role === "assistant") {
      const calls = (message.tool_calls ?? []).map((call): CallView => {
        const result = results.get(call.id);
        if (result !== undefined) answered.add(call.id);
        return { id: call.id, name: call.function.name, arguments: prettyJson(call.function.arguments), problems: problems.get(call.id) ?? [], result: result === undefined ? undefined : prettyJson(result) };
      });
      bubbles.push({ role: "assistant", index, content: message.content, calls });
    } else if (message.role === "tool") {
      if (!answered.has(message.tool_call_id)) bubbles.push({ role: "tool", index, content: prettyJson(message.content), toolCallId: message.tool_call_id });
    } else {
      bubbles.push({ role: message.role, index, content: message.content });
    }
  });
  return bubbles;
}

/** The trajectory turn by turn, as chat bubbles with each call's check and result. */
export function conversationView(trajectory: Trajectory, callChecks: readonly { id: string; problems: string[] }[]): ConversationView {
  const problems = new Map(callChecks.map((c) => [c.id, c.problems]));
  const firstStart = trajectory.turns[0]?.message_range[0] ?? trajectory.messages.length;
  return {
    preamble: bubblesOf(trajectory, 0, firstStart, problems),
    turns: trajectory.turns.map((turn, index) => {
      const bubbles = bubblesOf(trajectory, turn.message_range[0], turn.message_range[1], problems);
      return {
        index,
        kind: turn.kind,
        query: turn.query,
        verdict: turn.verdict,
        reference: turn.reference,
        bubbles,
        callCount: bubbles.reduce((n, b) => n + (b.role === "assistant" ? b.calls.length : 0), 0),
      };
    }),
  };
}

/** The turn `e` opens: the current one when it has calls, else the first that has any, else the current. */
export function editableTurn(turns: readonly TurnView[], current: number | undefined): number {
  if (current !== undefined && (turns[current]?.callCount ?? 0) > 0) return current;
  const withCalls = turns.find((t) => t.callCount > 0);
  return withCalls?.index ?? current ?? 0;
}
