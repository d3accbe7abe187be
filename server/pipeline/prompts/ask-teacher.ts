import type { ChatMessage } from "../schemas/chat";
import { TeacherError, type Teacher, type TeacherAnswer, type TeacherRequest, type TeacherRole, type TeacherUsage } from "../teacher";
import { parseAnswer, type AnswerOf } from "./parse-answer";
import type { TaskOf } from "./template";
import { buildRequest, type RequestOptions } from "./templates";

const DEFAULT_ATTEMPTS = 3;

export interface AskOptions<R extends TeacherRole> extends RequestOptions {
  /** How many answers to ask for before giving up; default 3. */
  attempts?: number;
  /** A check on the parsed value (e.g. names and schema); a message refuses the answer and asks again. */
  validate?: (value: AnswerOf<R>) => string | null;
  signal?: AbortSignal;
}

export interface Asked<R extends TeacherRole> {
  value: AnswerOf<R>;
  /** The accepted answer. */
  answer: TeacherAnswer;
  /** The request that got it: the first one, or a retry carrying a correction. */
  request: TeacherRequest;
  attempts: number;
  /** Tokens of every attempt, refused ones included: they were paid for. */
  usage: TeacherUsage;
}

/**
 * A retry must differ from the request that got the refused answer: a backend caches completed
 * answers by (model, messages, parameters), and an LLM at temperature 0 would say the same again. So
 * the retry is the original request plus the refused answer and a short user message naming the problem.
 */
function retryRequest(request: TeacherRequest, refused: string, problem: string): TeacherRequest {
  const correction: ChatMessage[] = [
    { role: "assistant", content: refused },
    { role: "user", content: `Your answer could not be used: ${problem}\nAnswer again, exactly in the format asked for.` },
  ];
  return { ...request, messages: [...request.messages, ...correction] };
}

/**
 * Asks the teacher to play a role: builds the request, calls `teacher.complete`, parses the answer
 * and runs `validate` on it. A malformed or refused answer is asked for again, up to `attempts` times.
 *
 * Contract with the backend: transport failures (rate limits, timeouts, server errors) are the
 * backend's to retry and arrive here as TeacherError, which is passed on untouched. A backend may
 * cache any completed answer, broken ones included: each retry has different messages, so it never
 * hits the broken entry, and a re-run replays the same sequence from the cache at no cost. The
 * offline teacher reads only `task`, which retries keep, and answers correctly the first time.
 *
 * Throws TeacherError("bad_answer") carrying the last raw answer once every attempt was refused.
 */
export async function askTeacher<R extends TeacherRole>(
  teacher: Teacher,
  task: TaskOf<R> & { role: R },
  options: AskOptions<R> = {},
): Promise<Asked<R>> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const first = buildRequest(task, options);
  const usage: TeacherUsage = { promptTokens: 0, completionTokens: 0 };
  let request = first;
  let problem = "";
  let raw = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const answer = await teacher.complete(request, options.signal);
    usage.promptTokens += answer.usage.promptTokens;
    usage.completionTokens += answer.usage.completionTokens;
    const parsed = parseAnswer(task.role, answer.text);
    if (parsed.ok) {
      const refusal = options.validate?.(parsed.value) ?? null;
      if (refusal === null) return { value: parsed.value, answer, request, attempts: attempt, usage };
      problem = `${task.role}: ${refusal}`;
    } else {
      problem = parsed.error;
    }
    raw = answer.text;
    // A refused answer is a failure, and failures are never kept in a cache.
    await teacher.forget?.(request);
    request = retryRequest(first, raw, problem);
  }
  throw new TeacherError("bad_answer", `${problem} (after ${attempts} ${attempts === 1 ? "attempt" : "attempts"})`, raw, undefined, usage);
}
