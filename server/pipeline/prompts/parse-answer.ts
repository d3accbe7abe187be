import type { z } from "zod";
import { parseAction, type Action } from "../calls/parse-action";
import { excerpt } from "../calls/position";
import type { TeacherRole } from "../teacher";
import {
  backTranslateAnswer,
  classifyDomainAnswer,
  judgeDependencyAnswer,
  judgeNestedAnswer,
  judgeTurnAnswer,
  simulateExecutionAnswer,
} from "./answers";
import { extractJsonObject } from "./extract-json";

/** The typed value each role's answer parses to. */
export interface AnswerValues {
  classify_domain: z.infer<typeof classifyDomainAnswer>;
  judge_dependency: z.infer<typeof judgeDependencyAnswer>;
  judge_nested: z.infer<typeof judgeNestedAnswer>;
  back_translate: z.infer<typeof backTranslateAnswer>;
  forth_translate: Action;
  simulate_execution: z.infer<typeof simulateExecutionAnswer>;
  distill_positive: Action;
  distill_negative: Action;
  judge_turn: z.infer<typeof judgeTurnAnswer>;
}
export type AnswerOf<R extends TeacherRole> = AnswerValues[R];
export type AnswerResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The first few issues, each with the field it is about: enough to correct the answer. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length === 0 ? "answer" : issue.path.map(String).join(".")}: ${issue.message}`)
    .join("; ");
}

function jsonAnswer<T>(schema: z.ZodType<T>): (text: string) => AnswerResult<T> {
  return (text) => {
    const extracted = extractJsonObject(text);
    if (!extracted.ok) return { ok: false, error: `${extracted.error} in ${excerpt(text.trim())}` };
    const parsed = schema.safeParse(extracted.value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `${describeIssues(parsed.error)} in ${excerpt(text.trim())}` };
  };
}

/** An agent's answer: a non-empty call list or non-empty text (an empty one is neither). */
function actionAnswer(text: string): AnswerResult<Action> {
  const parsed = parseAction(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { action } = parsed;
  if (action.type === "calls" && action.calls.length === 0) return { ok: false, error: "the call list is empty" };
  if (action.type === "text" && action.text === "") return { ok: false, error: "the answer is empty" };
  return { ok: true, value: action };
}

const parsers: { readonly [R in TeacherRole]: (text: string) => AnswerResult<AnswerValues[R]> } = {
  classify_domain: jsonAnswer(classifyDomainAnswer),
  judge_dependency: jsonAnswer(judgeDependencyAnswer),
  judge_nested: jsonAnswer(judgeNestedAnswer),
  back_translate: jsonAnswer(backTranslateAnswer),
  forth_translate: actionAnswer,
  simulate_execution: jsonAnswer(simulateExecutionAnswer),
  distill_positive: actionAnswer,
  distill_negative: actionAnswer,
  judge_turn: jsonAnswer(judgeTurnAnswer),
};

/** Parses a teacher's answer text for a role; the error names the role and what was wrong. */
export function parseAnswer<R extends TeacherRole>(role: R, text: string): AnswerResult<AnswerOf<R>> {
  const result = parsers[role](text);
  return result.ok ? result : { ok: false, error: `${role}: ${result.error}` };
}
