import { formatCalls } from "../calls/format-calls";
import { askTeacher } from "../prompts";
import type { Random } from "../random";
import type { ChatMessage, FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { NegativeErrorType, Teacher, TurnRecord } from "../teacher";
import type { ExecuteCall } from "../translation/types";
import type { Hint } from "./hints";

export interface DistillContext {
  teacher: Teacher;
  execute: ExecuteCall;
  random: Random;
  /** Outputs of the reference calls by their formatted call, reused when the action repeats them. */
  knownOutputs: ReadonlyMap<string, unknown[]>;
  prompts: Record<string, string>;
}

export interface TurnAction {
  calls: FunctionCall[];
  outputs: unknown[];
  text?: string;
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** Nine alphanumerics: the strictest template we export to (Mistral's) accepts exactly this. */
export function toolCallId(random: Random): string {
  let id = "";
  for (let i = 0; i < 9; i++) id += ID_ALPHABET[random.int(ID_ALPHABET.length)];
  return id;
}

const outputText = (output: unknown): string => (typeof output === "string" ? output : JSON.stringify(output));

/**
 * Plays one turn: for each hint the teacher answers the conversation so far with the hint in its
 * context; calls are answered by tool messages, text ends the turn. Appends to `messages`.
 */
export async function distillTurn(
  context: DistillContext,
  messages: ChatMessage[],
  tools: readonly FunctionSpec[],
  hints: readonly Hint[],
  polarity: { role: "distill_positive" } | { role: "distill_negative"; errorType: NegativeErrorType },
  history: readonly TurnRecord[],
): Promise<TurnAction> {
  const action: TurnAction = { calls: [], outputs: [] };
  for (const hint of hints) {
    const asked = await askTeacher(context.teacher, {
      ...polarity,
      messages: [...messages],
      tools,
      hint: hint.text,
      hinted: hint.hinted,
    });
    context.prompts[asked.request.promptId] = asked.request.promptHash;
    const answer = asked.value;
    if (answer.type === "text") {
      messages.push({ role: "assistant", content: answer.text });
      action.text = answer.text;
      return action;
    }
    const ids = answer.calls.map(() => toolCallId(context.random));
    messages.push({
      role: "assistant",
      content: "",
      tool_calls: answer.calls.map((call, i) => ({
        id: ids[i] ?? "",
        type: "function",
        function: { name: call.name, arguments: JSON.stringify(call.arguments) },
      })),
    });
    const outputs = context.knownOutputs.get(formatCalls(answer.calls)) ?? (await executeAll(context, answer.calls, tools, history));
    answer.calls.forEach((_, i) => messages.push({ role: "tool", tool_call_id: ids[i] ?? "", content: outputText(outputs[i]) }));
    action.calls.push(...answer.calls);
    action.outputs.push(...outputs);
  }
  return action;
}

async function executeAll(context: DistillContext, calls: readonly FunctionCall[], tools: readonly FunctionSpec[], history: readonly TurnRecord[]) {
  const outputs: unknown[] = [];
  for (const call of calls) {
    const spec = tools.find((t) => t.name === call.name);
    outputs.push(spec ? await context.execute(call, spec, history) : { error: `Bad request: no function named ${call.name}` });
  }
  return outputs;
}
