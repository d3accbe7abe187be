import { createHash } from "node:crypto";
import type { Teacher, TeacherAnswer, TeacherRequest } from "../pipeline/teacher";
import { canonicalJson } from "./canonical-json";

/** One stored answer: what a replay needs, and the tokens it originally cost. */
export interface CachedEntry {
  backend: string;
  model: string;
  text: string;
  promptTokens: number;
  completionTokens: number;
}

/** Async so that a PostgreSQL store fits the same contract as the SQLite one. */
export interface TeacherCacheStore {
  get(key: string): Promise<CachedEntry | undefined>;
  put(key: string, entry: CachedEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface CachedTeacher extends Teacher {
  /**
   * Drops the stored answer for this request, so the next identical request asks the teacher again.
   * The cache keeps every answer the backend returned without error, before anyone has read it; the
   * caller (askTeacher) calls this when the text then fails to parse or validate, so one bad answer
   * is not replayed forever.
   */
  forget(request: TeacherRequest): Promise<void>;
}

/** A teacher that may carry a default temperature, which changes its answers as much as the request's own. */
type Inner = Teacher & { readonly temperature?: number | undefined };

/**
 * SHA-256 of everything that determines the answer: backend, model, messages and sampling parameters.
 * The structured task is left out for LLM backends (they only see the messages, and keying on it would
 * split identical prompts) but kept for the offline teacher, whose answer is computed from it.
 */
export function teacherCacheKey(teacher: Inner, request: TeacherRequest): string {
  const material = {
    backend: teacher.backend,
    model: teacher.model,
    messages: request.messages,
    temperature: request.temperature ?? teacher.temperature,
    maxTokens: request.maxTokens,
    task: teacher.backend === "offline" ? request.task : undefined,
  };
  return createHash("sha256").update(canonicalJson(material)).digest("hex");
}

/** One shared request and how many callers still wait for it. */
interface Flight {
  promise: Promise<TeacherAnswer>;
  controller: AbortController;
  waiters: number;
}

/**
 * Answers from `store` when it can, otherwise asks `teacher` and stores the answer. Failures throw
 * and are never stored. Identical requests in flight at the same time share one call (single flight):
 * only the first caller's answer has `cached: false`, so a run with duplicate prompts pays once. The
 * shared call is cancelled only when every caller waiting on it has aborted.
 */
export function withCache(teacher: Inner, store: TeacherCacheStore): CachedTeacher {
  const flights = new Map<string, Flight>();

  function start(key: string, request: TeacherRequest): Flight {
    const controller = new AbortController();
    const promise = (async (): Promise<TeacherAnswer> => {
      const hit = await store.get(key);
      if (hit) return { text: hit.text, model: hit.model, usage: { promptTokens: hit.promptTokens, completionTokens: hit.completionTokens }, cached: true };
      const answer = await teacher.complete(request, controller.signal);
      const { promptTokens, completionTokens } = answer.usage;
      await store.put(key, { backend: teacher.backend, model: answer.model, text: answer.text, promptTokens, completionTokens });
      return answer;
    })();
    const flight: Flight = { promise, controller, waiters: 0 };
    const land = () => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    promise.then(land, land);
    flights.set(key, flight);
    return flight;
  }

  function follow(key: string, flight: Flight, signal: AbortSignal | undefined): Promise<TeacherAnswer> {
    flight.waiters++;
    if (!signal) return flight.promise;
    return new Promise<TeacherAnswer>((resolve, reject) => {
      const onAbort = () => {
        flight.waiters--;
        if (flight.waiters === 0) {
          // Nobody wants it any more: cancel, and let a later caller start afresh rather than join a dying flight.
          if (flights.get(key) === flight) flights.delete(key);
          flight.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      flight.promise
        .then(resolve, reject)
        .finally(() => signal.removeEventListener("abort", onAbort));
    });
  }

  return {
    backend: teacher.backend,
    model: teacher.model,
    async complete(request, signal) {
      signal?.throwIfAborted();
      const key = teacherCacheKey(teacher, request);
      const joined = flights.get(key);
      const answer = await follow(key, joined ?? start(key, request), signal);
      return joined ? { ...answer, cached: true } : answer;
    },
    forget: (request) => store.delete(teacherCacheKey(teacher, request)),
  };
}
