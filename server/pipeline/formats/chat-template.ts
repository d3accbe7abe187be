import { Template } from "@huggingface/jinja";
import type { ToolSchema } from "../schemas/chat";
import type { TrlMessage } from "./trl-sft";

/** A record as chat templates take it: TRL-style messages (object arguments), its tools, and its id for reports. */
export interface RenderableRecord {
  id: string;
  messages: TrlMessage[];
  tools: ToolSchema[];
}

export type RenderResult = { ok: true; text: string } | { ok: false; error: string };

/** Parsing a template costs far more than rendering it; exports render thousands of records through a few templates. */
const parsed = new Map<string, Template>();

/**
 * The record as the model would read it in training, or why the template refuses it (Llama-3.3 takes
 * one tool call per assistant turn, Mistral-Nemo 9-character ids…), naming the record so a report
 * can point at it.
 */
export function renderWithTemplate(templateSource: string, record: RenderableRecord): RenderResult {
  try {
    let template = parsed.get(templateSource);
    if (template === undefined) {
      template = new Template(templateSource);
      parsed.set(templateSource, template);
    }
    const text = template.render({ messages: record.messages, tools: record.tools, add_generation_prompt: false, bos_token: "<s>", eos_token: "</s>" });
    return { ok: true, text };
  } catch (error) {
    return { ok: false, error: `record ${record.id}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Leaf values of an argument, as text: what must appear somewhere in the rendering. */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(leaves);
  if (typeof value === "string") return value === "" ? [] : [value];
  return [String(value)];
}

/** A string may appear raw or JSON-escaped (templates print arguments with `tojson`). */
const appears = (text: string, value: string): boolean => text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1));

/** What the rendered text leaves out: every tool call's name and argument values and every tool result must be there. */
export function checkRendered(text: string, record: RenderableRecord): string[] {
  const problems: string[] = [];
  for (const message of record.messages) {
    if (message.role === "assistant") {
      for (const call of message.tool_calls ?? []) {
        if (!text.includes(call.function.name)) problems.push(`record ${record.id}: call ${call.id} name ${call.function.name} missing`);
        for (const value of leaves(call.function.arguments)) {
          if (!appears(text, value)) problems.push(`record ${record.id}: call ${call.id} argument value ${JSON.stringify(value)} missing`);
        }
      }
    }
    if (message.role === "tool" && !appears(text, message.content)) problems.push(`record ${record.id}: result of ${message.tool_call_id} missing`);
  }
  return problems;
}
