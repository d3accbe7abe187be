import { z } from "zod";
import type { ToolCall } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";

/** A tool call of a turn and where it sits: `message` indexes `messages`, `position` its `tool_calls`. */
export interface TurnCall {
  message: number;
  position: number;
  call: ToolCall;
}

/** The assistant's tool calls of one turn, in order; a turn edit numbers calls this way. */
export function turnCalls(trajectory: Trajectory, turn: number): TurnCall[] {
  const range = trajectory.turns[turn]?.message_range;
  if (range === undefined) return [];
  const calls: TurnCall[] = [];
  for (let message = range[0]; message < range[1]; message++) {
    const entry = trajectory.messages[message];
    if (entry?.role !== "assistant") continue;
    (entry.tool_calls ?? []).forEach((call, position) => calls.push({ message, position, call }));
  }
  return calls;
}

/** What a reviewer can edit of a turn, as the history keeps it before and after an edit. */
export const turnSnapshot = z.object({
  query: z.string(),
  calls: z.array(z.object({ name: z.string(), arguments: z.string() })),
});
export type TurnSnapshot = z.infer<typeof turnSnapshot>;

export function snapshotTurn(trajectory: Trajectory, turn: number): TurnSnapshot {
  return {
    query: trajectory.turns[turn]?.query ?? "",
    calls: turnCalls(trajectory, turn).map(({ call }) => ({ name: call.function.name, arguments: call.function.arguments })),
  };
}
