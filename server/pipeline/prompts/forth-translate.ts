import { functionDocs, historyText } from "./render-parts";
import { CALL_LIST_FORMAT } from "./shared-text";
import { defineTemplate } from "./template";

/**
 * Forth-translation: the teacher plays the agent and turns the query into the reference calls, with
 * concrete arguments taken from the query and from earlier outputs.
 */
export const forthTranslate = defineTemplate({
  role: "forth_translate",
  version: 1,
  system: `You play an AI assistant that calls functions (tools). Given the user's latest message, the functions available and the conversation so far with the outputs of earlier calls, write the function calls that do what the user asks in that message.
Rules:
- Call only documented functions, by their exact names.
- Give every required parameter. Give an optional parameter only when the user asked for it or the task needs it. Never add a parameter that is not documented.
- Use concrete values that match each parameter's type and allowed values: from the user's message, or copied exactly from earlier outputs when the user refers to them ("the file you just found").
- Calls that do not depend on each other go in one list, at most 3 calls.
- If a call needs the output of another call of this message that has not been made yet, write only the calls that can be made now; you will be asked again once their outputs are known. Calls already made for this message appear in the conversation: do not repeat them.

${CALL_LIST_FORMAT}
Answer with the call list only: no explanation, no text before or after it.`,
  user: `## Functions
{{functions}}

## Conversation so far
{{history}}

## User's message
{{query}}

Write the call list.`,
  slots(task) {
    return { functions: functionDocs(task.functions), history: historyText(task.history), query: task.query };
  },
});
