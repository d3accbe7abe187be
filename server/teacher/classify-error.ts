import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import type { TeacherErrorCode } from "../pipeline/teacher";
import { retryAfterMs } from "./retry-timing";

/** What one failed HTTP attempt means for the retry loop. */
export interface FailedAttempt {
  code: TeacherErrorCode;
  retryable: boolean;
  /** For the final error message; may echo server text, so callers redact it. */
  detail: string;
  retryAfterMs?: number;
}

/**
 * Maps what the openai client threw to a TeacherError code. The client runs with maxRetries 0, so
 * every error here is one attempt's. Caller aborts and our own deadline are handled before this.
 */
export function classifyError(error: unknown, now: number): FailedAttempt {
  if (error instanceof APIConnectionTimeoutError) return { code: "timeout", retryable: true, detail: error.message };
  if (error instanceof APIConnectionError) return { code: "network", retryable: true, detail: describeConnection(error) };
  if (error instanceof APIError && error.status !== undefined) return classifyStatus(error.status, error, now);
  // A 2xx whose JSON body is cut short or malformed makes the client's `response.json()` throw.
  if (error instanceof SyntaxError) return { code: "server_error", retryable: true, detail: `malformed response body: ${error.message}` };
  // Anything else comes from the transport (e.g. undici's "terminated" when the socket drops mid-body).
  const message = error instanceof Error ? error.message : String(error);
  return { code: "network", retryable: true, detail: `transport failed: ${message}` };
}

function classifyStatus(status: number, error: APIError, now: number): FailedAttempt {
  const detail = error.message;
  // Servers send Retry-After with 503 as well as 429; whatever status carries it, we honour it.
  const after = retryAfterMs(error.headers, now);
  const retry = (code: TeacherErrorCode): FailedAttempt => ({ code, retryable: true, detail, ...(after === undefined ? {} : { retryAfterMs: after }) });
  if (status === 429) return retry("rate_limited");
  if (status === 408) return retry("timeout");
  // 409 is OpenAI's "lock timeout" conflict: transient, which is why its own SDK retries it too.
  if (status >= 500 || status === 409) return retry("server_error");
  if (status === 401 || status === 403) return { code: "auth", retryable: false, detail };
  return { code: "bad_request", retryable: false, detail };
}

/** undici hides the reason ("ECONNREFUSED", "other side closed") in `cause`. */
function describeConnection(error: APIConnectionError): string {
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const inner = cause?.cause instanceof Error ? cause.cause : cause;
  return inner ? `${error.message} (${inner.message})` : error.message;
}
