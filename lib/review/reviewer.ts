import { reviewer } from "@/server/pipeline/review/review-inputs";

export const REVIEWER_STORAGE_KEY = "magnet.reviewer";
export const DEFAULT_REVIEWER = "reviewer";

/** What is wrong with a reviewer name, or undefined when it can be sent. */
export function reviewerProblem(name: string): string | undefined {
  const parsed = reviewer.safeParse(name);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** The stored name when it is still a valid one. */
export function storedReviewer(stored: string | null): string {
  return stored !== null && reviewerProblem(stored) === undefined ? stored : DEFAULT_REVIEWER;
}
