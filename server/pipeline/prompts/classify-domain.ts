import { MISC_CATEGORY } from "../schemas/function-spec";
import { functionDocs } from "./render-parts";
import { JSON_ANSWER } from "./shared-text";
import { defineTemplate } from "./template";

const snippets = {
  fromList: `Answer with a category from the list, spelled exactly as listed; answer "${MISC_CATEGORY}" when none of them fits.`,
  open: `No list is given: answer a short domain name in Title Case (one or two words, e.g. "Weather", "Social Media"), or "${MISC_CATEGORY}" when no domain fits.`,
};

/** MAGNET's domain classification: one category per function, `misc` when none fits. */
export const classifyDomain = defineTemplate({
  role: "classify_domain",
  version: 1,
  system: `You label the functions (tools) of an AI assistant with their domain, for a function-calling dataset.
Pick the one category that best describes what the function is about — its subject (weather, finance, music…), not its technique (search, conversion, lookup).
{{choice}}

${JSON_ANSWER}
{"category": "<the category>"}`,
  user: `Categories: {{categories}}

Function:
{{function}}`,
  snippets,
  slots(task) {
    const listed = task.categories.length > 0;
    return {
      choice: listed ? snippets.fromList : snippets.open,
      categories: listed ? JSON.stringify(task.categories) : "(none given)",
      function: functionDocs([task.function]),
    };
  },
});
