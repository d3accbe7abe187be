import { turnVerdicts } from "./answers";
import { callsText, NONE, outputsText } from "./render-parts";
import { JSON_ANSWER } from "./shared-text";
import { defineTemplate } from "./template";

const verdicts = turnVerdicts.map((verdict) => JSON.stringify(verdict)).join(" | ");

/** The per-turn judge: labels an action correct or with one of the five negative error types. */
export const judgeTurn = defineTemplate({
  role: "judge_turn",
  version: 1,
  system: `You judge one turn of a conversation between a user and an AI assistant that calls functions (tools): compare the assistant's action with the reference action for the user's query and label it.
Verdicts:
- "correct": the action does what the reference does — the same functions with equivalent arguments (the order of independent calls, the spelling of equal values and optional parameters left at their defaults do not matter), or, when the reference has no calls, a text answer that does the same job (asks for the same missing function or value, or answers from the outputs faithfully).
- "missing_nested_call": a call whose input needs another call's output is made without that call, or the needed call is missing.
- "short_dependency_misuse": an argument that should come from the output of the call just before is wrong, guessed or missing.
- "long_dependency_misuse": an argument that should come from something said or found several rounds earlier is wrong, guessed or missing.
- "wrong_summarization": the text answer misstates, leaves out or invents what the outputs say.
- "missed_function_or_parameter": the action calls a function although a needed function or a required value was missing (it should have asked), asks although everything was there, calls the wrong function, or leaves out a required parameter.
Choose the one verdict that explains the first thing that went wrong.

${JSON_ANSWER}
{"verdict": ${verdicts}, "reason": "<one sentence>"}`,
  user: `## User's query
{{query}}

## Reference calls
{{reference}}

## Assistant's action
Calls: {{calls}}
Text: {{text}}

## Function outputs
{{outputs}}`,
  slots(task) {
    return {
      query: task.query,
      reference: callsText(task.reference),
      calls: callsText(task.action.calls),
      text: task.action.text ?? NONE,
      outputs: outputsText(task.outputs),
    };
  },
});
