import { z } from "zod";

/** Where a trajectory (or one of its turns) stands in review. */
export const reviewStatuses = ["pending", "accepted", "rejected", "needs-edit"] as const;
export const reviewStatus = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof reviewStatus>;

/** What a reviewer can decide about a trajectory or a turn. */
export const reviewDecisionKinds = ["accepted", "rejected", "needs-edit"] as const;
export const reviewDecisionKind = z.enum(reviewDecisionKinds);
export type ReviewDecisionKind = z.infer<typeof reviewDecisionKind>;

/** Every entry of the review history: a decision, a comment or an edit. */
export const reviewActions = [...reviewDecisionKinds, "commented", "edited"] as const;
export const reviewAction = z.enum(reviewActions);
export type ReviewAction = z.infer<typeof reviewAction>;

/** The per-turn review status column: one entry per turn. */
export const turnStatuses = z.array(reviewStatus);
