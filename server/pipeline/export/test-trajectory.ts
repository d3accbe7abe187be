import type { ChatMessage } from "../schemas/chat";
import type { TurnKind } from "../schemas/path";
import { type Trajectory, trajectory as trajectorySchema } from "../schemas/trajectory";

/** Test helper: a short description of a trajectory. */
export interface TurnSpec {
  kind?: TurnKind;
  query: string;
  /** Reference calls: name and arguments. */
  calls?: [string, Record<string, unknown>][];
  /** Calls the assistant actually makes (default: the reference). */
  made?: [string, Record<string, unknown>][];
  /** Final assistant text of the turn. */
  answer?: string;
}

export interface TrajectorySpec {
  id: string;
  path_id?: string;
  polarity?: "positive" | "negative";
  error_type?: string;
  pair?: { positive_id: string; turn: number; message: number };
  tools?: string[];
  turns: TurnSpec[];
  checks?: Record<string, boolean>;
  operations?: Trajectory["provenance"]["operations"];
}

/** Build a valid Trajectory: system message, then per turn the user query, one assistant+tool pair per call, and a final answer. */
export function makeTrajectory(spec: TrajectorySpec): Trajectory {
  const messages: ChatMessage[] = [{ role: "system", content: "You are a helpful assistant." }];
  const turns: Trajectory["turns"] = [];
  let callId = 0;
  for (const turn of spec.turns) {
    const start = messages.length;
    messages.push({ role: "user", content: turn.query });
    const calls = turn.calls ?? [];
    for (const [name, args] of turn.made ?? calls) {
      const id = `${spec.id}-c${callId++}`;
      messages.push({ role: "assistant", content: "", tool_calls: [{ id, type: "function", function: { name, arguments: JSON.stringify(args) } }] });
      messages.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ result: name }) });
    }
    messages.push({ role: "assistant", content: turn.answer ?? "Done." });
    turns.push({
      kind: turn.kind ?? (calls.length > 0 ? "call" : "irrelevant"),
      query: turn.query,
      reference: calls.map(([name, args]) => ({ name, arguments: args })),
      outputs: calls.map(([name]) => ({ result: name })),
      message_range: [start, messages.length],
    });
  }
  const names = spec.tools ?? [...new Set(spec.turns.flatMap((t) => [...(t.calls ?? []), ...(t.made ?? [])].map(([n]) => n)))];
  const path = spec.path_id ?? spec.id.split("-")[0] ?? spec.id;
  return trajectorySchema.parse({
    id: spec.id,
    path_id: path,
    polarity: spec.polarity ?? "positive",
    ...(spec.error_type !== undefined ? { error_type: spec.error_type } : {}),
    ...(spec.pair ? { pair: spec.pair } : {}),
    tools: names.map((name) => ({ type: "function", function: { name, description: `${name} tool`, parameters: { type: "object", properties: {} } } })),
    messages,
    turns,
    checks: Object.fromEntries(Object.entries(spec.checks ?? { schema: true }).map(([k, passed]) => [k, { passed, problems: passed ? [] : ["bad"] }])),
    provenance: {
      path_id: path,
      operations: spec.operations ?? [],
      teacher: { backend: "offline", model: "magnet-offline-1" },
      prompts: { "distill_positive@1": "abc123" },
      seed: 1,
      executor: {},
    },
  });
}
