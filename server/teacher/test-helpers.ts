import type { TeacherRequest } from "../pipeline/teacher";

/** A request whose messages carry `content`; the task is irrelevant to LLM backends. */
export function chatRequest(content: string, extra: Partial<TeacherRequest> = {}): TeacherRequest {
  return {
    task: { role: "judge_turn", query: content, reference: [], action: { calls: [] }, outputs: [] },
    messages: [
      { role: "system", content: "You are a teacher." },
      { role: "user", content },
    ],
    promptId: "judge_turn@1",
    promptHash: "test-hash",
    ...extra,
  };
}

/** A sleep that records what it was asked and returns at once, so backoff is asserted, not waited. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; asked: number[] } {
  const asked: number[] = [];
  return { asked, sleep: async (ms) => void asked.push(ms) };
}
