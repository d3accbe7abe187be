import { callsText, functionDocs, historyText } from "./render-parts";
import { JSON_ANSWER } from "./shared-text";
import { defineTemplate } from "./template";

/** Simulated execution where no real executor is registered: the teacher plays the API. */
export const simulateExecution = defineTemplate({
  role: "simulate_execution",
  version: 1,
  system: `You simulate the API behind a function (tool) of an AI assistant, for a function-calling dataset. Given the function's documentation, a call with its arguments and the earlier rounds of the conversation, return the output the real function would return.
- Follow the documented return schema when there is one (the same field names and types); otherwise return what the description promises.
- Be realistic and specific: plausible names, ids, numbers and dates, a few items in a list rather than many.
- Stay consistent with earlier outputs: an entity keeps its id and attributes, and what was created, changed or deleted earlier stays so.
- When the arguments cannot work (a wrong type, an id that does not exist), return the error the API would return, e.g. {"error": "city not found"}.

${JSON_ANSWER}
{"output": <the function's output as a JSON value>}`,
  user: `## Function
{{function}}

## Call
{{call}}

## Earlier rounds
{{history}}`,
  slots(task) {
    return { function: functionDocs([task.function]), call: callsText([task.call]), history: historyText(task.history) };
  },
});
