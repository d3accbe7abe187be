import { functionDocs } from "./render-parts";
import { JSON_ANSWER } from "./shared-text";
import { defineTemplate } from "./template";

/** The nested judgement behind Insert: can the source's output fill a parameter of the target in the same turn? */
export const judgeNested = defineTemplate({
  role: "judge_nested",
  version: 1,
  system: `You decide whether two functions (tools) of an AI assistant form a nested call: the output of the source function fills a parameter of the target function directly, so that when a user asks for the target's result the assistant has to call the source first, in the same turn, without the user naming it.
Example: the user asks for a distance in kilometres; get_distance returns miles, so convert_unit takes get_distance's output as its value — nested.
It is nested only when a concrete field of the source's output matches a concrete parameter of the target in meaning and type. Two functions on the same topic, or a source that is only a precondition, are not nested.

${JSON_ANSWER}
{"nested": <true or false>, "parameter": "<the target's parameter that the source's output fills; leave this key out when nested is false>", "reason": "<one sentence>"}`,
  user: `Source function:
{{source}}

Target function:
{{target}}`,
  slots(task) {
    return { source: functionDocs([task.source]), target: functionDocs([task.target]) };
  },
});
