/** Wording several templates share; it is interpolated into their text, so it is hashed with each. */

export const JSON_ANSWER = "Answer with one JSON object and nothing else, of exactly this shape:";

export const CALL_LIST_FORMAT = `Write calls as a call list and nothing else, for example:
[get_weather(city="Paris", unit="celsius"), find_hotels(city="Paris", max_price=120, tags=["quiet"])]
- function names exactly as documented; keyword arguments only (name=value);
- strings in double quotes; numbers, true/false/null, lists [...] and objects {"key": value} as in JSON.`;

/** A value too long for a prompt is cut; the model is told so rather than shown broken JSON silently. */
export const CUT_MARK = "… (cut)";

/** What an assistant's message may be, for the distillation roles (parseAction reads either form). */
export const ASSISTANT_MESSAGE = `Your message is exactly one of:
- function calls, with every required parameter and concrete values; calls that do not depend on each other go together in one list;
- plain text for the user: a short answer built on the function outputs, or a question about what is missing.
${CALL_LIST_FORMAT}`;

/** Dependent calls are made one step at a time, so every argument comes from an output already seen. */
export const CHAINED_CALLS = `When a call needs the output of another call that has not been made yet, make only the calls that can be made now: you will see their outputs and make the rest in your next message. Calls already made since the user's last message are not repeated.`;

export const DISTILL_USER = `## Available functions
{{tools}}

## Conversation
{{conversation}}

[Hint] {{hint}}

Write the assistant's next message.`;
