import OpenAI from "openai";
import { z } from "zod";
import { classifyError } from "./classify-error";
import type { OpenAIProfile } from "./openai-profile";
import type { ConnectionResult } from "./teacher-choice";

/** A test should answer quickly or say so: a profile's own (generous) run deadline is capped here. */
const MAX_TEST_MS = 20_000;

const answered = z.object({ model: z.string().optional() });

/**
 * Sends one tiny chat completion with the real openai client, exactly as a run would reach the
 * endpoint (base URL, key, model). The message may quote the server, and servers echo keys back
 * ("Incorrect API key provided: sk-…"), so it is scrubbed before it leaves.
 */
export async function testConnection(profile: OpenAIProfile, clock: () => number = () => performance.now()): Promise<ConnectionResult> {
  const timeout = Math.min(profile.timeoutMs ?? MAX_TEST_MS, MAX_TEST_MS);
  // Explicit "none" for the same reason as the run teacher: never fall back to OPENAI_API_KEY from the environment.
  const client = new OpenAI({ baseURL: profile.baseURL, apiKey: profile.apiKey ?? "none", maxRetries: 0, timeout });
  const scrub = (text: string) => (profile.apiKey ? text.split(profile.apiKey).join("[redacted]") : text);
  const started = clock();
  const latency = () => Math.round(clock() - started);
  try {
    const completion = await client.chat.completions.create({ model: profile.model, messages: [{ role: "user", content: "Reply with OK." }], max_tokens: 5 });
    const latencyMs = latency();
    const parsed = answered.safeParse(completion);
    const model = (parsed.success ? parsed.data.model : undefined) ?? profile.model;
    return { ok: true, model, latencyMs, message: scrub(`${model} answered in ${latencyMs} ms`) };
  } catch (error) {
    const latencyMs = latency();
    const failure = classifyError(error, Date.now());
    return { ok: false, model: profile.model, latencyMs, message: scrub(`${failure.code}: ${failure.detail}`) };
  }
}
