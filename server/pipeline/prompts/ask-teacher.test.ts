import { describe, expect, it } from "vitest";
import type { Action } from "../calls/parse-action";
import { TeacherError, type Teacher, type TeacherAnswer, type TeacherRequest } from "../teacher";
import { askTeacher } from "./ask-teacher";
import { sampleTasks } from "./test-tasks";
import { buildRequest } from "./templates";

/** An in-memory teacher that answers from a script, in order, and keeps every request it got. */
function scriptedTeacher(script: readonly (string | Error)[]): Teacher & { requests: TeacherRequest[] } {
  const requests: TeacherRequest[] = [];
  return {
    backend: "scripted",
    model: "test",
    requests,
    complete(request): Promise<TeacherAnswer> {
      const next = script[Math.min(requests.length, script.length - 1)];
      requests.push(request);
      if (next instanceof Error) return Promise.reject(next);
      return Promise.resolve({ text: next ?? "", model: "test", usage: { promptTokens: 10, completionTokens: 2 }, cached: false });
    },
  };
}

const task = sampleTasks.back_translate;

describe("askTeacher", () => {
  it("returns the parsed value of a good first answer, asked with buildRequest's request", async () => {
    const teacher = scriptedTeacher(['{"query": "Book the first one for three nights."}']);
    const asked = await askTeacher(teacher, task);
    expect(asked.value).toEqual({ query: "Book the first one for three nights." });
    expect(asked.attempts).toBe(1);
    expect(asked.request).toEqual(buildRequest(task));
    expect(teacher.requests).toEqual([buildRequest(task)]);
  });

  it("asks again after a broken answer, with the answer and a correction naming the problem", async () => {
    const teacher = scriptedTeacher(['{"query": "Book the fir', '{"query": "Book the first one."}']);
    const asked = await askTeacher(teacher, task);
    expect(asked.value).toEqual({ query: "Book the first one." });
    expect(teacher.requests).toHaveLength(2);
    const [first, retry] = teacher.requests;
    expect(retry?.messages.slice(0, -2)).toEqual(first?.messages);
    expect(retry?.messages.at(-2)).toEqual({ role: "assistant", content: '{"query": "Book the fir' });
    expect(retry?.messages.at(-1)).toMatchObject({ role: "user", content: expect.stringContaining("back_translate: truncated JSON") });
    expect(retry).toMatchObject({ promptId: first?.promptId, promptHash: first?.promptHash, task });
    expect(asked).toMatchObject({ request: retry, attempts: 2, usage: { promptTokens: 20, completionTokens: 4 } });
  });

  it("throws TeacherError bad_answer with the last raw answer when every attempt is broken", async () => {
    const teacher = scriptedTeacher(["no JSON here", "still none", "{oops}"]);
    const error = await askTeacher(teacher, task).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TeacherError);
    expect(error).toMatchObject({ code: "bad_answer", raw: "{oops}", message: expect.stringMatching(/^back_translate: .* \(after 3 attempts\)$/) });
    expect(teacher.requests).toHaveLength(3);
    // Each retry corrects the original request once, so the prompt does not grow with every attempt.
    expect(teacher.requests[2]?.messages).toHaveLength((teacher.requests[0]?.messages.length ?? 0) + 2);
  });

  it("asks again when validate refuses the value, and honours attempts", async () => {
    const teacher = scriptedTeacher(["[book_hotel(hotel_id=\"H-1\")]", '[book_hotel(hotel_id="H-1", nights=3)]']);
    const validate = (action: Action) =>
      action.type === "calls" && action.calls.every((call) => "nights" in call.arguments) ? null : "book_hotel needs nights";
    const asked = await askTeacher(teacher, sampleTasks.forth_translate, { validate });
    expect(asked.value).toEqual({ type: "calls", calls: [{ name: "book_hotel", arguments: { hotel_id: "H-1", nights: 3 } }] });
    expect(teacher.requests[1]?.messages.at(-1)?.content).toContain("book_hotel needs nights");

    const once = scriptedTeacher(["[book_hotel(hotel_id=\"H-1\")]"]);
    await expect(askTeacher(once, sampleTasks.forth_translate, { validate, attempts: 1 })).rejects.toMatchObject({
      code: "bad_answer",
      message: "forth_translate: book_hotel needs nights (after 1 attempt)",
    });
    expect(once.requests).toHaveLength(1);
  });

  it("passes a backend's TeacherError on without retrying", async () => {
    const teacher = scriptedTeacher([new TeacherError("rate_limited", "429", undefined, 1000)]);
    await expect(askTeacher(teacher, task)).rejects.toMatchObject({ code: "rate_limited", retryAfterMs: 1000 });
    expect(teacher.requests).toHaveLength(1);
  });

  it("passes the request options on", async () => {
    const teacher = scriptedTeacher(['{"verdict": "correct", "reason": "same call"}']);
    const asked = await askTeacher(teacher, sampleTasks.judge_turn, { temperature: 0.7, maxTokens: 64 });
    expect(asked.value.verdict).toBe("correct");
    expect(teacher.requests[0]).toMatchObject({ temperature: 0.7, maxTokens: 64 });
  });
});
