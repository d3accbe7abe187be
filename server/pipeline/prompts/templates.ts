import type { ChatMessage } from "../schemas/chat";
import type { TeacherRequest, TeacherRole, TeacherTask } from "../teacher";
import { backTranslate } from "./back-translate";
import { classifyDomain } from "./classify-domain";
import { distillNegative } from "./distill-negative";
import { distillPositive } from "./distill-positive";
import { forthTranslate } from "./forth-translate";
import { judgeDependency } from "./judge-dependency";
import { judgeNested } from "./judge-nested";
import { judgeTurn } from "./judge-turn";
import { simulateExecution } from "./simulate-execution";
import type { PromptTemplate } from "./template";

/** The current template of every role. A wording change is a new version, so old records keep their provenance. */
export const templates: { readonly [R in TeacherRole]: PromptTemplate<R> } = {
  classify_domain: classifyDomain,
  judge_dependency: judgeDependency,
  judge_nested: judgeNested,
  back_translate: backTranslate,
  forth_translate: forthTranslate,
  simulate_execution: simulateExecution,
  distill_positive: distillPositive,
  distill_negative: distillNegative,
  judge_turn: judgeTurn,
};

interface Rendered {
  template: PromptTemplate<TeacherRole>;
  render: () => ChatMessage[];
}

/** A switch rather than `templates[task.role]`, so that each task is checked against its own template. */
function renderTask(task: TeacherTask): Rendered {
  switch (task.role) {
    case "classify_domain":
      return { template: classifyDomain, render: () => classifyDomain.render(task) };
    case "judge_dependency":
      return { template: judgeDependency, render: () => judgeDependency.render(task) };
    case "judge_nested":
      return { template: judgeNested, render: () => judgeNested.render(task) };
    case "back_translate":
      return { template: backTranslate, render: () => backTranslate.render(task) };
    case "forth_translate":
      return { template: forthTranslate, render: () => forthTranslate.render(task) };
    case "simulate_execution":
      return { template: simulateExecution, render: () => simulateExecution.render(task) };
    case "distill_positive":
    case "distill_negative": {
      const template = task.role === "distill_positive" ? distillPositive : distillNegative;
      return { template, render: () => template.render(task) };
    }
    case "judge_turn":
      return { template: judgeTurn, render: () => judgeTurn.render(task) };
  }
}

export interface RequestOptions {
  /** Default 0: the same task gives the same answer, which the cache and re-runs rely on. */
  temperature?: number;
  maxTokens?: number;
}

/** The request for a task: its role's rendered prompt, with the template's id and hash as provenance. */
export function buildRequest(task: TeacherTask, options: RequestOptions = {}): TeacherRequest {
  const { template, render } = renderTask(task);
  let messages: ChatMessage[] | undefined;
  return {
    task,
    // Rendered on first read: LLM backends and the cache read it, the offline teacher never does.
    get messages() {
      messages ??= render();
      return messages;
    },
    promptId: template.id,
    promptHash: template.hash,
    temperature: options.temperature ?? 0,
    ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
  };
}
