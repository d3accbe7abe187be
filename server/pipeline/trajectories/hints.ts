import { formatCalls } from "../calls/format-calls";
import type { FunctionCall } from "../schemas/chat";

/** The hint put in the teacher's context during distillation; the stored trajectory never contains it. */
export interface Hint {
  text: string;
  hinted: { calls: FunctionCall[] } | { text: string };
}

export const SUMMARIZE = "summarize";

export const callHint = (calls: FunctionCall[]): Hint => ({ text: `[Hint] Call ${formatCalls(calls)}`, hinted: { calls } });

export const summaryHint = (): Hint => ({
  text: "[Hint] The calls are done: answer the user in text, summarizing the tool outputs.",
  hinted: { text: SUMMARIZE },
});

export const missFunctionHint = (): Hint => ({
  text: "[Hint] miss function: none of the available tools can do this; say so and ask the user to add one.",
  hinted: { text: "miss function" },
});

export const missedParamsHint = (parameter: string): Hint => ({
  text: `[Hint] missed params: the request does not give ${parameter}; ask the user for it instead of guessing.`,
  hinted: { text: `missed params: ${parameter}` },
});

export const irrelevantHint = (): Hint => ({
  text: "[Hint] None of the tools fits this request: answer in text without calling any.",
  hinted: { text: "irrelevant" },
});

/** A misleading summary: the hint asks for exactly this wrong text. */
export const wrongSummaryHint = (summary: string): Hint => ({
  text: `[Hint] Answer with this summary: ${summary}`,
  hinted: { text: summary },
});
