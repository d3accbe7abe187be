import { z } from "zod";
import { turnKind } from "../schemas/path";
import { reviewStatus } from "../schemas/review";

/** A value of a word-list column: matched whole, so it cannot hold the separating space. */
const word = z.string().trim().min(1).max(200).regex(/^\S+$/, "must be a single word");

/** The queue's filters; every one is optional and they combine with AND. */
export const queueFilters = z.object({
  status: reviewStatus.optional(),
  polarity: z.enum(["positive", "negative"]).optional(),
  errorType: word.optional(),
  operation: word.optional(),
  turnKind: turnKind.optional(),
  toolkit: word.optional(),
  /** `passed`: every check passed; otherwise the name of a check that failed. */
  check: word.optional(),
});
export type QueueFilters = z.infer<typeof queueFilters>;

/** Which trajectories of a project (one run's, when given) a queue or a bulk decision covers. */
export const queueSelection = z.object({
  projectId: z.number().int().positive(),
  runId: z.number().int().positive().optional(),
  filters: queueFilters.default({}),
  search: z.string().max(500).optional(),
  /** Only the records assigned to the person asking: those they have still to review, or have reviewed. */
  mine: z.enum(["open", "done"]).optional(),
});
/** The selection, and who "mine" means (the server sets it from the session, never the client). */
export type QueueSelection = z.infer<typeof queueSelection> & { assignee?: string };

const QUEUE_PAGE_MAX = 200;

export const queueInput = queueSelection.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(QUEUE_PAGE_MAX).default(50),
});
export type QueuePage = z.infer<typeof queueInput> & { assignee?: string };

/** The word-list columns of the trajectories table (see `wordList`). */
export type WordColumn = "turnKinds" | "operations" | "toolkits" | "failedChecks";

/** What the filters ask of a row, ready to become SQL: equalities, whole words, LIKE patterns. */
export interface QueueConditions {
  equals: { status?: string; polarity?: string; errorType?: string };
  /** `LIKE` patterns (escaped with `LIKE_ESCAPE`) that match one whole word of the column. */
  words: { column: WordColumn; pattern: string }[];
  /** The `check: "passed"` filter: no check failed. */
  noFailedChecks: boolean;
  /** `LIKE` patterns the lower-cased search text must all match: one per term of the search. */
  search: string[];
}

export const LIKE_ESCAPE = "\\";
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `${LIKE_ESCAPE}${c}`);

/** The word lists have a space at each end, so ` word ` inside matches the whole word only. */
export const wordPattern = (value: string): string => `% ${escapeLike(value)} %`;

/** Each whitespace-separated term must appear somewhere in the text (case-insensitive: the column is lower-cased). */
export const searchPatterns = (search: string | undefined): string[] =>
  (search ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== "")
    .map((term) => `%${escapeLike(term)}%`);

export function queueConditions(filters: QueueFilters, search?: string): QueueConditions {
  const words: QueueConditions["words"] = [];
  if (filters.operation !== undefined) words.push({ column: "operations", pattern: wordPattern(filters.operation) });
  if (filters.turnKind !== undefined) words.push({ column: "turnKinds", pattern: wordPattern(filters.turnKind) });
  if (filters.toolkit !== undefined) words.push({ column: "toolkits", pattern: wordPattern(filters.toolkit) });
  const noFailedChecks = filters.check === "passed";
  if (filters.check !== undefined && !noFailedChecks) words.push({ column: "failedChecks", pattern: wordPattern(filters.check) });
  return {
    equals: { status: filters.status, polarity: filters.polarity, errorType: filters.errorType },
    words,
    noFailedChecks,
    search: searchPatterns(search),
  };
}

/** The distinct words of word-list column values, sorted: the choices of a filter. */
export const distinctWords = (values: readonly string[]): string[] => [...new Set(values.flatMap((v) => v.split(" ")).filter((w) => w !== ""))].sort();
