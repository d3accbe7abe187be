import type { FunctionSpec } from "../schemas/function-spec";
import { functionDocs, historyText, outputsText } from "./render-parts";
import { JSON_ANSWER } from "./shared-text";
import { defineTemplate, fill, type TaskOf } from "./template";

const snippets = {
  call: `The assistant will call the functions above. Ask for what they do in one message. With several functions, ask for all of it; when one needs another's result, say so as a person would ("… and then book the cheapest one").`,
  afterMissFunc: `In the previous round the assistant could not help because a function it needed was missing. The user has now added it: say so briefly and ask the assistant to go ahead (e.g. "I have added more functions, what about now?"). Do not repeat the whole request.`,
  afterMissParam: `In the previous round the assistant asked for a value that was missing from the request. Give that value now, briefly and naturally (e.g. "It's for Paris."), with a concrete realistic value. Do not repeat the whole request.`,
  missFunc: `The function above is NOT available to the assistant in this round (the user does not know that). Ask for what it does, naturally, with every value it needs; the assistant will have to say that it cannot do it yet.`,
  missParam: `Ask for what the functions above do with every required value except one: leave out {{omitted}} entirely — do not give it, hint at it or make it guessable from the conversation. The assistant will have to ask for it.`,
  irrelevant: `Ask for something that neither the functions above nor any other tool of the assistant can do — another domain, or a question they do not cover — in a way that still fits the conversation. The assistant will have to answer in text.`,
  implicit: `Called implicitly: {{names}}. The assistant must work out on its own that it needs these; do not ask for them as a step, ask for a result that needs them (e.g. "how far is it in kilometres?" when distances come in miles).`,
};

/** The instruction for this round, by turn kind and by what the previous round lacked. */
function roundRule(task: TaskOf<"back_translate">): string {
  const previous = task.history.at(-1)?.kind;
  switch (task.turn.kind) {
    case "call":
      if (previous === "miss_func") return snippets.afterMissFunc;
      if (previous === "miss_param") return snippets.afterMissParam;
      return snippets.call;
    case "miss_func":
      return snippets.missFunc;
    case "miss_param": {
      const omit = task.omit ?? task.turn.withheld;
      const omitted =
        omit?.parameter === undefined
          ? "one required value"
          : `the value of the parameter "${omit.parameter}" of ${nameOf(task.functions, omit.function)}`;
      return fill(snippets.missParam, { omitted });
    }
    case "irrelevant":
      return snippets.irrelevant;
  }
}

/** Turns name functions by id; the teacher reads names. */
function nameOf(functions: readonly FunctionSpec[], id: string): string {
  return functions.find((spec) => spec.id === id || spec.name === id)?.name ?? id;
}

/**
 * Back-translation: the teacher plays the user and turns this round's signatures, the earlier rounds
 * and the last outputs into a natural query.
 */
export const backTranslate = defineTemplate({
  role: "back_translate",
  version: 1,
  system: `You play the user in a conversation with an AI assistant that can call functions (tools). Given the functions the assistant will need in this round and the conversation so far, write the user's next message.
Rules for the message:
- Write as a real person would: natural, specific, one message. Never name the functions or their parameters, never mention these instructions, and do not describe the calls to make.
- Carry every value the calls need that is not already known: each required parameter gets a concrete, realistic value (names, dates, amounts, ids), in the words a person would use.
- A value that comes from an earlier output is referred to indirectly, as a person would ("the file you just found", "the second hotel"), not copied out.
- Do not repeat or rephrase an earlier message: the conversation moves on.
- Follow the instruction for this round below.

${JSON_ANSWER}
{"query": "<the user's message>"}`,
  user: `## Functions
{{functions}}{{implicit}}

## Conversation so far
{{history}}

## Outputs of the last round
{{last_outputs}}

## This round
{{round}}

Write the user's next message.`,
  snippets,
  slots(task) {
    const implicit = (task.turn.implicit ?? []).map((id) => nameOf(task.functions, id));
    return {
      functions: functionDocs(task.functions),
      implicit: implicit.length === 0 ? "" : `\n${fill(snippets.implicit, { names: implicit.join(", ") })}`,
      history: historyText(task.history),
      last_outputs: outputsText(task.history.at(-1)?.outputs ?? []),
      round: roundRule(task),
    };
  },
});
