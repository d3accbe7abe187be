import type { Teacher, TeacherAnswer, TeacherRequest } from "../pipeline/teacher";
import type { RunUsage } from "../services/runs";

export interface Pricing {
  inputPerMTok: number;
  outputPerMTok: number;
}

/**
 * Counts what one item's requests cost. Cached answers cost nothing: a resumed or repeated run
 * pays only for what it really asks.
 */
export function meteredTeacher(teacher: Teacher, pricing: Pricing | undefined): { teacher: Teacher; usage: RunUsage } {
  const usage: RunUsage = { requests: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };
  return {
    usage,
    teacher: {
      backend: teacher.backend,
      model: teacher.model,
      async complete(request: TeacherRequest, signal?: AbortSignal): Promise<TeacherAnswer> {
        const answer = await teacher.complete(request, signal);
        if (!answer.cached) {
          usage.requests++;
          usage.promptTokens += answer.usage.promptTokens;
          usage.completionTokens += answer.usage.completionTokens;
          if (pricing) {
            usage.costUsd += (answer.usage.promptTokens * pricing.inputPerMTok + answer.usage.completionTokens * pricing.outputPerMTok) / 1e6;
          }
        }
        return answer;
      },
      ...(teacher.forget ? { forget: (request: TeacherRequest) => teacher.forget?.(request) ?? Promise.resolve() } : {}),
    },
  };
}
