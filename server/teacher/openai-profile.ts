import { z } from "zod";

/** One OpenAI-compatible endpoint and how hard we may use it. */
export interface OpenAIProfile {
  /** E.g. `https://api.openai.com/v1` or a local vLLM / Ollama `http://127.0.0.1:8000/v1`. */
  baseURL: string;
  /** Local servers often need none. */
  apiKey?: string;
  model: string;
  /** Hard deadline per HTTP attempt, body included. Default 60 000. */
  timeoutMs?: number;
  /** Most requests in flight at once for this profile. Default 8. */
  concurrency?: number;
  /** Attempts per `complete()` call, the first included. Default 5. */
  maxAttempts?: number;
  /** USD per million tokens; without it the cost stays 0. */
  pricing?: { inputPerMTok: number; outputPerMTok: number };
  /** Used when a request does not set its own. */
  temperature?: number;
}

export const OPENAI_BASE_URL = "https://api.openai.com/v1";

const baseURLSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional();
const apiKeySchema = z.string().optional();
const modelSchema = z.string({ error: "is missing (the teacher model name)" });
const priceSchema = z.coerce.number({ error: "must be a number (USD per million tokens)" }).nonnegative().optional();
const countSchema = z.coerce.number({ error: "must be a whole number" }).int().positive().optional();

/**
 * Reads `OPENAI_BASE_URL` (default OpenAI's), `OPENAI_API_KEY` and `MAGNET_TEACHER_MODEL`, and the optional
 * `MAGNET_TEACHER_INPUT_PRICE` / `MAGNET_TEACHER_OUTPUT_PRICE` (USD per million tokens),
 * `MAGNET_TEACHER_CONCURRENCY` and `MAGNET_TEACHER_TIMEOUT_MS`. The error
 * names every bad variable and never echoes a value, since one of them is a secret.
 */
export function profileFromEnv(env: Record<string, string | undefined>): OpenAIProfile {
  const problems: string[] = [];
  const read = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    // Empty variables count as unset: `OPENAI_API_KEY= npm run magnet` should not send an empty key.
    const parsed = schema.safeParse(env[name] === "" ? undefined : env[name]);
    if (parsed.success) return parsed.data;
    problems.push(`${name} ${parsed.error.issues[0]?.message ?? "is invalid"}`);
    return undefined;
  };
  const baseURL = read("OPENAI_BASE_URL", baseURLSchema) ?? OPENAI_BASE_URL;
  const baseURLValid = problems.length === 0;
  const apiKey = read("OPENAI_API_KEY", apiKeySchema);
  const model = read("MAGNET_TEACHER_MODEL", modelSchema);
  const inputPrice = read("MAGNET_TEACHER_INPUT_PRICE", priceSchema);
  const outputPrice = read("MAGNET_TEACHER_OUTPUT_PRICE", priceSchema);
  const concurrency = read("MAGNET_TEACHER_CONCURRENCY", countSchema);
  const timeoutMs = read("MAGNET_TEACHER_TIMEOUT_MS", countSchema);
  // Only OpenAI's own endpoint is known to need a key; local servers usually accept none.
  if (baseURLValid && apiKey === undefined && new URL(baseURL).hostname === "api.openai.com")
    problems.push(`OPENAI_API_KEY is missing (required by ${baseURL})`);
  if (model === undefined || problems.length > 0) throw new Error(`Teacher environment: ${problems.join("; ")}`);
  return {
    baseURL,
    model,
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(inputPrice === undefined && outputPrice === undefined ? {} : { pricing: { inputPerMTok: inputPrice ?? 0, outputPerMTok: outputPrice ?? 0 } }),
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}
