import { z } from "zod";
import { reviewConflict, type ReviewConflict } from "@/server/pipeline/review/review-inputs";

/** A tRPC client error answering CONFLICT carries what is stored now in `data.conflict.current`. */
const conflictError = z.object({ data: z.object({ code: z.literal("CONFLICT"), conflict: z.object({ current: reviewConflict }) }) });

export function conflictOf(error: unknown): ReviewConflict | undefined {
  const parsed = conflictError.safeParse(error);
  return parsed.success ? parsed.data.data.conflict.current : undefined;
}

/** The message to show for a failed request: the server's own sentence. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "the request failed";
}
