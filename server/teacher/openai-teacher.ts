import OpenAI from "openai";
import { z } from "zod";
import { TeacherError, type Teacher, type TeacherAnswer, type TeacherRequest, type TeacherUsage } from "../pipeline/teacher";
import { classifyError, type FailedAttempt } from "./classify-error";
import type { OpenAIProfile } from "./openai-profile";
import { backoffMs, sleep as abortableSleep } from "./retry-timing";
import { createSemaphore } from "./semaphore";

export type { OpenAIProfile } from "./openai-profile";

/** Seams for tests and the benchmark; defaults are the real clock, timers and Math.random. */
export interface TeacherDeps {
  /** Backoff wait; must reject when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Epoch milliseconds, for HTTP-date `Retry-After`. */
  now?: () => number;
}

export interface TeacherStats {
  /** HTTP attempts sent, retries included. */
  requests: number;
  /** Attempts that were a retry of a failed one. */
  retries: number;
  /** `complete()` calls that ended in a TeacherError. */
  failures: number;
  promptTokens: number;
  completionTokens: number;
  /** From the profile's pricing; 0 without one. */
  costUsd: number;
  inFlight: number;
}

export interface OpenAITeacher extends Teacher {
  readonly backend: "openai";
  /** The profile's default, which the cache key needs when a request leaves temperature unset. */
  readonly temperature: number | undefined;
  stats(): TeacherStats;
}

/** A server asking for a longer pause than this gets a rate_limited error with retryAfterMs, so the job queue can reschedule instead of a worker sleeping. */
const MAX_RETRY_AFTER_MS = 60_000;

/** Only what we read; the SDK's types are not a check on what the server really sent. */
const completionSchema = z.object({
  model: z.string().optional(),
  choices: z.array(
    z.object({
      message: z.object({ content: z.string().nullish() }).nullish(),
      finish_reason: z.string().nullish(),
    }),
  ),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
});

type Outcome = { completion: unknown } | { failure: FailedAttempt };

/**
 * A Teacher over any OpenAI-compatible chat completions endpoint, through the official `openai` client
 * with its own retries off: we retry here so that backoff, Retry-After, the attempt budget, the
 * concurrency bound and the accounting all see every attempt.
 */
export function createOpenAITeacher(profile: OpenAIProfile, deps: TeacherDeps = {}): OpenAITeacher {
  const timeoutMs = profile.timeoutMs ?? 60_000;
  const maxAttempts = profile.maxAttempts ?? 5;
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  const sleep = deps.sleep ?? abortableSleep;
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;
  const semaphore = createSemaphore(profile.concurrency ?? 8);
  const client = new OpenAI({
    baseURL: profile.baseURL,
    // Explicit even when absent: the SDK would otherwise fall back to process.env.OPENAI_API_KEY and
    // send a key this profile never chose to whatever server the profile points at.
    apiKey: profile.apiKey ?? "none",
    maxRetries: 0,
    timeout: timeoutMs,
  });
  const label = `teacher ${profile.model} at ${new URL(profile.baseURL).host}`;
  const totals = { requests: 0, retries: 0, failures: 0, promptTokens: 0, completionTokens: 0 };

  // Servers echo keys back ("Incorrect API key provided: sk-…"), so every message we build is scrubbed.
  const redact = (text: string) => (profile.apiKey ? text.split(profile.apiKey).join("[redacted]") : text);

  const fail = (failure: FailedAttempt, attempts: number): TeacherError => {
    totals.failures++;
    const message = `${label}: ${failure.code} after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${failure.detail}`;
    return new TeacherError(failure.code, redact(message), undefined, failure.retryAfterMs);
  };

  async function attempt(body: OpenAI.ChatCompletionCreateParamsNonStreaming, signal: AbortSignal | undefined): Promise<Outcome> {
    const release = await semaphore.acquire(signal);
    totals.requests++;
    // Our own deadline covers the whole exchange; the SDK's `timeout` stops at the response headers.
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), timeoutMs);
    const forward = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", forward, { once: true });
    try {
      return { completion: await client.chat.completions.create(body, { signal: controller.signal }) };
    } catch (error) {
      signal?.throwIfAborted();
      if (controller.signal.aborted) return { failure: { code: "timeout", retryable: true, detail: `no complete answer within ${timeoutMs} ms` } };
      return { failure: classifyError(error, now()) };
    } finally {
      clearTimeout(deadline);
      signal?.removeEventListener("abort", forward);
      release();
    }
  }

  function accept(completion: unknown, attempts: number): TeacherAnswer {
    const parsed = completionSchema.safeParse(completion);
    if (!parsed.success) throw fail({ code: "bad_answer", retryable: false, detail: "the response is not a chat completion" }, attempts);
    const usage: TeacherUsage = {
      promptTokens: parsed.data.usage?.prompt_tokens ?? 0,
      completionTokens: parsed.data.usage?.completion_tokens ?? 0,
    };
    // Tokens are paid for even when the answer turns out empty.
    totals.promptTokens += usage.promptTokens;
    totals.completionTokens += usage.completionTokens;
    const choice = parsed.data.choices[0];
    const text = choice?.message?.content;
    if (!text?.trim()) {
      const detail = `empty completion (finish_reason ${choice?.finish_reason ?? "missing"})`;
      throw fail({ code: "bad_answer", retryable: false, detail }, attempts);
    }
    return { text, model: parsed.data.model ?? profile.model, usage, cached: false };
  }

  return {
    backend: "openai",
    model: profile.model,
    temperature: profile.temperature,
    async complete(request: TeacherRequest, signal?: AbortSignal): Promise<TeacherAnswer> {
      const body: OpenAI.ChatCompletionCreateParamsNonStreaming = {
        model: profile.model,
        messages: request.messages,
        temperature: request.temperature ?? profile.temperature,
        // `max_tokens` rather than `max_completion_tokens`: it is the one every compatible server reads.
        max_tokens: request.maxTokens,
      };
      for (let attempts = 1; ; attempts++) {
        const outcome = await attempt(body, signal);
        if ("completion" in outcome) return accept(outcome.completion, attempts);
        const { failure } = outcome;
        const tooLong = (failure.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS;
        if (!failure.retryable || attempts >= maxAttempts || tooLong) throw fail(failure, attempts);
        totals.retries++;
        // The server's wait is a floor; the jitter on top keeps clients it stopped together from returning together.
        await sleep((failure.retryAfterMs ?? 0) + backoffMs(attempts, random), signal);
      }
    },
    stats(): TeacherStats {
      const pricing = profile.pricing;
      const costUsd = pricing ? (totals.promptTokens * pricing.inputPerMTok + totals.completionTokens * pricing.outputPerMTok) / 1e6 : 0;
      return { ...totals, costUsd, inFlight: semaphore.active };
    },
  };
}
