import { z } from "zod";
import { InvalidInput, type InputLocation } from "../errors";
import { toolCall, toolSchema, type ChatMessage, type FunctionCall } from "../schemas/chat";
import type { Trajectory, TrajectoryTurn } from "../schemas/trajectory";
import { zodFieldPath } from "../zod-field-path";
import { parseArguments } from "./arguments";

/** OpenAI SFT rows as others write them: assistant content may be null or missing beside tool calls. */
const importedMessage = z.discriminatedUnion("role", [
  z.object({ role: z.literal("system"), content: z.string() }),
  z.object({ role: z.literal("user"), content: z.string() }),
  z.object({ role: z.literal("assistant"), content: z.string().nullish(), tool_calls: z.array(toolCall).optional() }),
  z.object({ role: z.literal("tool"), tool_call_id: z.string(), content: z.string() }),
]);
const openAiSftRow = z.object({
  messages: z.array(importedMessage).min(1),
  tools: z.array(toolSchema).default([]),
  parallel_tool_calls: z.boolean().optional(),
});

/** The stored form of a message: content "" beside tool calls, no empty `tool_calls`. */
function normalize(message: z.infer<typeof importedMessage>): ChatMessage {
  if (message.role !== "assistant") return message;
  const calls = message.tool_calls ?? [];
  return calls.length > 0 ? { role: "assistant", content: message.content ?? "", tool_calls: calls } : { role: "assistant", content: message.content ?? "" };
}

const parseOutput = (content: string): unknown => {
  try {
    return JSON.parse(content);
  } catch {
    return content;
  }
};

/**
 * Turns from the user messages: each runs from its user message to the next. The reference is what
 * the assistant called. A turn without calls is labelled `irrelevant`: the row cannot tell a refusal
 * from a clarifying question (miss_func / miss_param), so the label only says no call was right.
 */
function rebuildTurns(messages: readonly ChatMessage[], location: InputLocation): TrajectoryTurn[] {
  const starts = messages.flatMap((m, i) => (m.role === "user" ? [i] : []));
  return starts.map((start, t) => {
    const end = starts[t + 1] ?? messages.length;
    const slice = messages.slice(start, end);
    const reference: FunctionCall[] = [];
    const results = new Map(slice.flatMap((m) => (m.role === "tool" ? [[m.tool_call_id, parseOutput(m.content)] as const] : [])));
    const outputs: unknown[] = [];
    slice.forEach((m, offset) => {
      if (m.role !== "assistant") return;
      (m.tool_calls ?? []).forEach((call, c) => {
        const field = `messages[${start + offset}].tool_calls[${c}].function.arguments`;
        reference.push({ name: call.function.name, arguments: parseArguments(call.function.arguments, `tool call ${call.id}`, { ...location, field }) });
        outputs.push(results.get(call.id));
      });
    });
    const query = slice[0]?.role === "user" ? slice[0].content : "";
    return { kind: reference.length > 0 ? "call" : "irrelevant", query, reference, outputs, message_range: [start, end] };
  });
}

/** Every tool call answered by exactly one later tool message, and every tool message answering a call. */
function checkAnswered(messages: readonly ChatMessage[], location: InputLocation): void {
  const open = new Set<string>();
  messages.forEach((m, i) => {
    if (m.role === "assistant") for (const call of m.tool_calls ?? []) open.add(call.id);
    if (m.role === "tool") {
      if (!open.delete(m.tool_call_id)) throw new InvalidInput(`tool_call_id ${m.tool_call_id} answers no open tool call`, { ...location, field: `messages[${i}].tool_call_id` });
    }
  });
  const [unanswered] = open;
  if (unanswered !== undefined) throw new InvalidInput(`tool call ${unanswered} has no tool message`, { ...location, field: "messages" });
}

/**
 * An OpenAI SFT row back as a Trajectory-shaped record, so a curated export can be imported again.
 * `location.record` names the row in errors and makes the id (`<file or "openai-sft">:<record>`).
 */
export function fromOpenAiSft(row: unknown, location: InputLocation & { record: number }): Trajectory {
  const parsed = openAiSftRow.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInput(issue?.message ?? "not an OpenAI SFT row", { ...location, field: zodFieldPath(issue?.path ?? []) });
  }
  const messages = parsed.data.messages.map(normalize);
  checkAnswered(messages, location);
  if (!messages.some((m) => m.role === "user")) throw new InvalidInput("no user message", { ...location, field: "messages" });
  const id = `${location.file ?? "openai-sft"}:${location.record}`;
  return {
    id,
    path_id: id,
    polarity: "positive",
    tools: parsed.data.tools,
    messages,
    turns: rebuildTurns(messages, location),
    checks: {},
    provenance: { path_id: id, operations: [], teacher: { backend: "openai-sft import", model: "unknown" }, prompts: {}, seed: 0, executor: {} },
  };
}
