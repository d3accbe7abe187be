import type { TaskOf } from "../../pipeline/prompts/template";
import { createRandom } from "../../pipeline/random";
import { simulateOutput } from "../../pipeline/simulate";
import type { Teacher, TeacherAnswer, TeacherRequest, TeacherTask } from "../../pipeline/teacher";
import { formatCalls } from "../../pipeline/calls/format-calls";
import { backTranslateQuery } from "./back-translate";
import { classifyDomain } from "./classify-domain";
import { distillAnswer } from "./distill";
import { forthTranslateCalls } from "./forth-translate";
import { judgeDependency, judgeNested } from "./judge-graph";
import { judgeTurn } from "./judge-turn";
import { stableHash } from "./stable-hash";

export const OFFLINE_BACKEND = "offline";
export const OFFLINE_MODEL = "magnet-offline-1";

function simulated(task: TaskOf<"simulate_execution">): unknown {
  return simulateOutput(task.function, task.call, { random: createRandom(stableHash(task)), history: task.history });
}

/** The answer text for a task, exactly in the format its role's template asks for. */
export function answerText(task: TeacherTask): string {
  switch (task.role) {
    case "classify_domain":
      return JSON.stringify({ category: classifyDomain(task) });
    case "judge_dependency":
      return JSON.stringify(judgeDependency(task));
    case "judge_nested":
      return JSON.stringify(judgeNested(task));
    case "back_translate":
      return JSON.stringify({ query: backTranslateQuery(task).query });
    case "forth_translate":
      return formatCalls(forthTranslateCalls(task));
    case "simulate_execution":
      return JSON.stringify({ output: simulated(task) ?? null });
    case "distill_positive":
    case "distill_negative":
      return distillAnswer(task);
    case "judge_turn":
      return JSON.stringify(judgeTurn(task));
  }
}

/**
 * The embedded default teacher: deterministic, no network. It reads the structured task (never the
 * rendered messages) and answers every role in the format the role's template asks for, so the same
 * parser and checks hold it to the same standard as an LLM. The same task always gets the same text.
 */
export function createOfflineTeacher(): Teacher {
  return {
    backend: OFFLINE_BACKEND,
    model: OFFLINE_MODEL,
    // async, so that a task this teacher cannot answer rejects rather than throws at the caller.
    async complete(request: TeacherRequest): Promise<TeacherAnswer> {
      // No model runs, so no tokens are spent; the rendered prompt is never even built.
      return { text: answerText(request.task), model: OFFLINE_MODEL, usage: { promptTokens: 0, completionTokens: 0 }, cached: false };
    },
  };
}
