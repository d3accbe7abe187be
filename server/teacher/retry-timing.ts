/** First backoff step; each later retry doubles the ceiling up to MAX_BACKOFF_MS. */
export const BASE_BACKOFF_MS = 500;
export const MAX_BACKOFF_MS = 20_000;

/**
 * "Full jitter" exponential backoff: a uniform draw in [0, min(cap, base·2^(n-1))), so clients that
 * failed together do not retry together. `failedAttempts` counts attempts made so far (≥ 1).
 */
export function backoffMs(failedAttempts: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (failedAttempts - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait a server asked for: `retry-after-ms` (OpenAI's and Azure's extension) wins over the
 * standard `Retry-After`, which is either delta-seconds or an HTTP date. Undefined when absent or
 * unparseable.
 */
export function retryAfterMs(headers: Headers | undefined, now: number): number | undefined {
  const millis = headers?.get("retry-after-ms");
  if (millis && /^\d+(\.\d+)?$/.test(millis.trim())) return Math.ceil(Number(millis));
  const value = headers?.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  // Every HTTP-date form starts with a day name; Date.parse alone would take "-1" for a year.
  if (!/^[A-Za-z]/.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with the signal's own reason as soon as it aborts (as fetch does). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
