import { z } from "zod";
import { reviewAction, reviewDecisionKind, reviewStatus, turnStatuses } from "../schemas/review";
import { queueSelection } from "./queue-filters";
import { turnEdit } from "./turn-edit";

/** Who decides: a name the reviewer types (there are no accounts yet). */
export const reviewer = z.string().trim().min(1, "give a reviewer name").max(80, "at most 80 characters");

const rowId = z.number().int().positive();
const version = z.number().int().min(0);
const turn = z.number().int().min(0);
const noteText = z.string().trim().max(5000);

export const reviewItemInput = z.object({ id: rowId });

/** A decision about the whole trajectory, or about one turn when `turn` is given. */
export const decideInput = z.object({
  id: rowId,
  turn: turn.optional(),
  decision: reviewDecisionKind,
  comment: noteText.optional(),
  reviewer,
  /** The version the reviewer saw: another decision since then is a conflict, not an overwrite. */
  expectedVersion: version,
});
export type DecideInput = z.infer<typeof decideInput>;

export const commentInput = z.object({
  id: rowId,
  turn: turn.optional(),
  text: noteText.min(1, "write a comment"),
  reviewer,
  expectedVersion: version.optional(),
});
export type CommentInput = z.infer<typeof commentInput>;

export const editTurnInput = turnEdit.extend({ id: rowId, turn, reviewer, expectedVersion: version });
export type EditTurnInput = z.infer<typeof editTurnInput>;

export const bulkDecideInput = queueSelection.extend({ decision: reviewDecisionKind, reviewer });
export type BulkDecideInput = z.infer<typeof bulkDecideInput>;

/** The other decision a conflicting save is shown: what is stored now and who stored it. */
export const reviewConflict = z.object({
  status: reviewStatus,
  version: z.number().int(),
  turnStatus: turnStatuses,
  last: z
    .object({ reviewer: z.string(), action: reviewAction, turn: z.number().int().nullable(), comment: z.string().nullable(), createdAt: z.string() })
    .nullable(),
});
export type ReviewConflict = z.infer<typeof reviewConflict>;

/** Spreads a project's records (of one status, one run when given) across reviewers, N reviews each. */
export const assignInput = z.object({
  projectId: z.number().int().positive(),
  runId: z.number().int().positive().optional(),
  reviewerIds: z.array(z.string().min(1)).min(1, "choose at least one reviewer").max(100),
  perRecord: z.number().int().min(1).max(10).default(2),
  status: reviewStatus.default("pending"),
  /** At most this many records get reviewers, in queue order. */
  limit: z.number().int().min(1).max(100_000).optional(),
});
export type AssignInput = z.infer<typeof assignInput>;
