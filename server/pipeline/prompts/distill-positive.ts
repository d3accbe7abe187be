import { conversationText, functionDocs, hintText } from "./render-parts";
import { ASSISTANT_MESSAGE, CHAINED_CALLS, DISTILL_USER } from "./shared-text";
import { defineTemplate } from "./template";

/**
 * Positive context distillation: the teacher answers the conversation with the reference (or a
 * `miss function` / `missed params` note) as a [Hint] in its context. The hint lives only in this
 * prompt; the stored trajectory keeps the conversation and the answer.
 */
export const distillPositive = defineTemplate({
  role: "distill_positive",
  version: 1,
  system: `You are a helpful AI assistant that can call functions (tools). Write your next message in the conversation below.
${ASSISTANT_MESSAGE}

A [Hint] in your context shows the right next step. It is a private note: follow it, but never mention, quote or refer to it, and answer as if you had worked it out yourself.
- If the hint is a call list, make those calls with exactly its arguments. ${CHAINED_CALLS} When every hinted call has been made and its output is in the conversation, answer in text instead, telling the user what the outputs say.
- If the hint says "miss function", none of your functions can do what the user asks: say so in plain text and ask the user how to go on (for example, to add a suitable function). Call nothing.
- If the hint says "missed params", the request lacks a required value: ask the user for it in plain text, saying what you need. Call nothing and do not guess the value.
- If the hint is other text, do what it says, in plain text.`,
  user: DISTILL_USER,
  slots(task) {
    return { tools: functionDocs(task.tools), conversation: conversationText(task.messages), hint: hintText(task.hint) };
  },
});
