import type { ExecutorKind } from "./types";

export const executorErrorCodes = ["unreachable", "timeout", "server_error", "protocol"] as const;
export type ExecutorErrorCode = (typeof executorErrorCodes)[number];

/** The tool could not be asked at all (not: it answered with an error); a job may retry these. */
export class ExecutorError extends Error {
  override readonly name = "ExecutorError";
  constructor(
    readonly kind: ExecutorKind,
    readonly code: ExecutorErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
