import { z } from "zod";
import { trajectory, trajectoryTurn, type Trajectory } from "../pipeline/schemas/trajectory";

/**
 * What selection, mixture, dedupe, split, contamination and the card need of a trajectory: everything
 * but its messages, tool schemas and tool outputs, the bulk of a record. Keeping only these lets an
 * export hold every record's metadata while streaming the records themselves. The first pass checks
 * only these fields; the second checks whole records as it writes them.
 */
export const trajectorySkeleton = trajectory
  .omit({ messages: true, tools: true, turns: true })
  .extend({ turns: z.array(trajectoryTurn.omit({ outputs: true })) });

export const skeletonOf = (value: z.infer<typeof trajectorySkeleton>): Trajectory => ({
  ...value,
  messages: [],
  tools: [],
  turns: value.turns.map((turn) => ({ ...turn, outputs: [] })),
});
