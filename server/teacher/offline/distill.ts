import { formatCalls } from "../../pipeline/calls/format-calls";
import { createRandom, type Random } from "../../pipeline/random";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import type { TaskOf } from "../../pipeline/prompts/template";
import { functionProfile } from "./function-profile";
import { stableHash } from "./stable-hash";
import { summarizeOutputs } from "./summary";
import { joinList, spokenName } from "./words";

type DistillTask = TaskOf<"distill_positive">;

const ASK_FOR_FUNCTION = [
  "I'm sorry, but I don't have a tool that can do that yet. Could you add one that can handle this request?",
  "I can't do that with the tools I have right now. If you add a function for it, I'll take care of it.",
  "Unfortunately none of my available tools can handle this. Could you add a tool that can?",
];

const DECLINE = [
  "That's outside what I can help with using the tools I have here, so I'd rather not guess.",
  "I'm sorry, but none of my tools cover that, so I can't help with it here.",
  "I can't help with that using the tools available to me in this conversation.",
];

/** How a person names a parameter the tools document: "Which travel date should I use?" */
function spokenParameter(name: string, tools: readonly FunctionSpec[]): string {
  for (const spec of tools) {
    const parameter = functionProfile(spec).parameters.find((candidate) => candidate.name === name);
    if (parameter !== undefined) return parameter.spoken;
  }
  return spokenName(name);
}

function askForValues(names: readonly string[], tools: readonly FunctionSpec[], random: Random): string {
  if (names.length === 0) return "I need a bit more information before I can do that. Could you give me the missing details?";
  const nouns = joinList(names.map((name) => spokenParameter(name, tools)));
  return random.pick([`Which ${nouns} should I use?`, `Could you tell me the ${nouns}? I need it before I can go ahead.`, `I need the ${nouns} to do that. What should it be?`]);
}

/** `missed params: travel_date, card_id` → [travel_date, card_id]; a description instead of names gives none. */
function missedParameters(text: string): string[] {
  const list = /^miss(?:ed|ing)?[ _]param(?:eter)?s?\s*:?\s*(.*)$/i.exec(text)?.[1] ?? "";
  return list
    .split(/,|\band\b/)
    .map((item) => item.trim())
    .filter((item) => /^[A-Za-z_][\w.-]*$/.test(item));
}

/**
 * The assistant's message, following the hint exactly: the hinted calls, or the text the hint asks for
 * (a summary of the outputs, a request for the missing function or value, a refusal for an irrelevant
 * request). Any other hinted text is the message itself (a negative's misleading summary).
 */
export function distillAnswer(task: DistillTask): string {
  // The wording depends on where in the conversation we are, not on all of it: hashing every earlier
  // message for each answer would grow with the square of the conversation.
  const random = createRandom(stableHash([task.role, task.hint, task.hinted, task.messages.length, task.messages.at(-1) ?? null]));
  if ("calls" in task.hinted) return task.hinted.calls.length > 0 ? formatCalls(task.hinted.calls) : summarizeOutputs(task.messages, random);
  const text = task.hinted.text.trim();
  const keyword = text.toLowerCase();
  if (/^summari[sz]e\b/.test(keyword)) return summarizeOutputs(task.messages, random);
  if (/^miss(?:ed|ing)?[ _]func/.test(keyword)) return random.pick(ASK_FOR_FUNCTION);
  if (/^miss(?:ed|ing)?[ _]param/.test(keyword)) return askForValues(missedParameters(text), task.tools, random);
  if (keyword === "irrelevant") return random.pick(DECLINE);
  return text.length > 0 ? text : summarizeOutputs(task.messages, random);
}
