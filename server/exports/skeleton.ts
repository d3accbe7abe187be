import { z } from "zod";
import type { ChatMessage } from "../pipeline/schemas/chat";
import { trajectory, trajectoryTurn, type Trajectory } from "../pipeline/schemas/trajectory";

/**
 * What selection, mixture, dedupe, split, contamination and the card need of a trajectory: everything
 * but its tool schemas, tool outputs and message texts, the bulk of a record. Keeping only these lets
 * an export hold every record's metadata while streaming the records themselves. The assistant's calls
 * stay: deduplication compares them.
 */
export const trajectorySkeleton = trajectory
  .omit({ tools: true, turns: true })
  .extend({ turns: z.array(trajectoryTurn.omit({ outputs: true })) });

const callsOnly = (messages: readonly ChatMessage[]): ChatMessage[] =>
  messages.flatMap((m) => (m.role === "assistant" && m.tool_calls?.length ? [{ role: "assistant" as const, content: "", tool_calls: m.tool_calls }] : []));

export const skeletonOf = (value: z.infer<typeof trajectorySkeleton>): Trajectory => ({
  ...value,
  messages: callsOnly(value.messages),
  tools: [],
  turns: value.turns.map((turn) => ({ ...turn, outputs: [] })),
});
