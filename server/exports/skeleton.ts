import type { Trajectory } from "../pipeline/schemas/trajectory";

/**
 * What selection, mixture, dedupe, split, contamination and the card need of a trajectory: everything
 * but its messages, tool schemas and tool outputs, the bulk of a record. Keeping only these lets an export hold
 * every record's metadata while streaming the records themselves.
 */
export const skeleton = (t: Trajectory): Trajectory => ({
  ...t,
  messages: [],
  tools: [],
  turns: t.turns.map((turn) => ({ ...turn, outputs: [] })),
});
