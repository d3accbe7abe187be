import { z } from "zod";
import { InvalidInput } from "../errors";
import type { ChatMessage } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";
import { checkArguments } from "./argument-check";
import { snapshotTurn, turnCalls, type TurnSnapshot } from "./turn-calls";

/** A reviewer's correction of one turn: its query, and the arguments (JSON text) of some of its calls, numbered as `turnCalls` does. */
export const turnEdit = z.object({
  query: z.string().trim().min(1).max(20_000).optional(),
  calls: z
    .array(z.object({ index: z.number().int().min(0), arguments: z.string().max(100_000) }))
    .max(100)
    .optional(),
});
export type TurnEdit = z.infer<typeof turnEdit>;

export interface AppliedEdit {
  trajectory: Trajectory;
  before: TurnSnapshot;
  after: TurnSnapshot;
}

/** The field of a validator problem (`calls[0].arguments.city: must be string`) and its reason. */
function splitProblem(problem: string): { field: string; reason: string } {
  const at = problem.indexOf(": ");
  return at < 0 ? { field: "", reason: problem } : { field: problem.slice(0, at), reason: problem.slice(at + 2) };
}

function refuse(problems: readonly string[]): never {
  const [first, ...others] = problems.map(splitProblem);
  if (first === undefined) throw new Error("refuse needs a problem");
  const more = others.length === 0 ? "" : ` (also ${others.map((p) => `${p.field}: ${p.reason}`).join("; ")})`;
  throw new InvalidInput(`${first.reason}${more}`, { field: first.field });
}

/**
 * Applies the edit to a copy of the trajectory. Every argument text must be a JSON object valid
 * against its tool's schema, or nothing is applied and the first problem is named by field. The
 * turn's `reference` stays as the teacher made it: it is what the edited action is compared with.
 */
export function applyTurnEdit(trajectory: Trajectory, turn: number, edit: TurnEdit): AppliedEdit {
  const target = trajectory.turns[turn];
  if (target === undefined) throw new InvalidInput(`the trajectory has ${trajectory.turns.length} turns; there is no turn ${turn}`, { field: "turn" });
  if (edit.query === undefined && (edit.calls ?? []).length === 0) throw new InvalidInput("the edit changes nothing: give the query or some calls' arguments", { field: "query" });
  const calls = turnCalls(trajectory, turn);
  const seen = new Set<number>();
  const replacements = new Map<string, string>();
  (edit.calls ?? []).forEach((entry, i) => {
    const located = calls[entry.index];
    if (located === undefined) refuse([`calls[${i}].index: turn ${turn} has ${calls.length} calls; there is no call ${entry.index}`]);
    if (seen.has(entry.index)) refuse([`calls[${i}].index: call ${entry.index} is edited twice`]);
    seen.add(entry.index);
    const checked = checkArguments(trajectory.tools, located.call.function.name, entry.arguments, `calls[${i}].arguments`);
    if (checked.problems.length > 0 || checked.value === undefined) refuse(checked.problems);
    replacements.set(`${located.message}:${located.position}`, JSON.stringify(checked.value));
  });

  const [start, end] = target.message_range;
  const messages = trajectory.messages.map((message, index): ChatMessage => {
    if (index < start || index >= end) return message;
    if (index === start && message.role === "user" && edit.query !== undefined) return { ...message, content: edit.query };
    if (message.role !== "assistant" || message.tool_calls === undefined) return message;
    return {
      ...message,
      tool_calls: message.tool_calls.map((call, position) => {
        const text = replacements.get(`${index}:${position}`);
        return text === undefined ? call : { ...call, function: { ...call.function, arguments: text } };
      }),
    };
  });
  const turns = trajectory.turns.map((t, index) => (index === turn && edit.query !== undefined ? { ...t, query: edit.query } : t));
  const edited: Trajectory = { ...trajectory, messages, turns };
  return { trajectory: edited, before: snapshotTurn(trajectory, turn), after: snapshotTurn(edited, turn) };
}
