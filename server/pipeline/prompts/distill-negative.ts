import type { NegativeErrorType } from "../teacher";
import { conversationText, functionDocs, hintText } from "./render-parts";
import { ASSISTANT_MESSAGE, CHAINED_CALLS, DISTILL_USER } from "./shared-text";
import { defineTemplate } from "./template";

const snippets: Record<NegativeErrorType | "none", string> = {
  missing_nested_call: "The hint leaves out a call that another call's input depends on: make only the hinted calls and do not add the missing one.",
  short_dependency_misuse: "The hint's arguments do not take the previous call's output the way you might: use its values as given.",
  long_dependency_misuse: "The hint's arguments do not take what was said or found earlier in the conversation the way you might: use its values as given.",
  wrong_summarization: "The hint gives the summary to write: state it as your answer, even where it disagrees with the outputs.",
  missed_function_or_parameter: "The hint acts although a function or a required value may be missing: follow it instead of asking the user.",
  none: "",
};

/**
 * Negative context distillation: the same conversation with a misleading hint of one of the five
 * error types, which the teacher follows so that the answer is a natural-looking rejected action.
 */
export const distillNegative = defineTemplate({
  role: "distill_negative",
  version: 1,
  system: `You are an AI assistant that can call functions (tools). Write your next message in the conversation below.
${ASSISTANT_MESSAGE}

A [Hint] in your context says what your next message must do. It is a private note: follow it exactly, even where you would act differently, but never mention, quote or refer to it, and answer as if it were your own decision.
- If the hint is a call list, make exactly those calls with exactly its arguments: add, drop or correct nothing. ${CHAINED_CALLS}
- If the hint is text, write the message it describes, in plain text.
{{error_rule}}`,
  user: DISTILL_USER,
  snippets,
  slots(task) {
    return {
      tools: functionDocs(task.tools),
      conversation: conversationText(task.messages),
      hint: hintText(task.hint),
      error_rule: snippets[task.errorType ?? "none"],
    };
  },
});
