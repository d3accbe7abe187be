import { z } from "zod";
import { queueInput } from "../../pipeline/review/queue-filters";
import { bulkDecideInput, commentInput, decideInput, editTurnInput, reviewItemInput } from "../../pipeline/review/review-inputs";
import { bulkDecide } from "../../services/review-bulk";
import { reviewFacets, reviewQueue } from "../../services/review-queue";
import { commentReview, decideReview, editReviewTurn, getReview } from "../../services/reviews";
import { allowed, procedure, router } from "../trpc";
import { projectId } from "./projects";
import { reviewerOf } from "./reviewer-of";

const facetsInput = projectId.extend({ runId: z.number().int().positive().optional() });

export const reviewsRouter = router({
  queue: procedure.input(queueInput).query(({ ctx, input }) => reviewQueue(ctx.db, { ...input, assignee: ctx.viewer.id })),
  facets: procedure.input(facetsInput).query(({ ctx, input }) => reviewFacets(ctx.db, input)),
  get: procedure.input(reviewItemInput).query(({ ctx, input }) => getReview(ctx.db, input.id)),
  decide: allowed("review.write").input(decideInput).mutation(({ ctx, input }) => decideReview(ctx.db, { ...input, reviewer: reviewerOf(ctx, input.reviewer), reviewerId: ctx.viewer.id })),
  comment: allowed("review.write").input(commentInput).mutation(({ ctx, input }) => commentReview(ctx.db, { ...input, reviewer: reviewerOf(ctx, input.reviewer) })),
  editTurn: allowed("review.write").input(editTurnInput).mutation(({ ctx, input }) => editReviewTurn(ctx.db, { ...input, reviewer: reviewerOf(ctx, input.reviewer) })),
  bulkDecide: allowed("review.bulk").input(bulkDecideInput).mutation(({ ctx, input }) => bulkDecide(ctx.db, { ...input, reviewer: reviewerOf(ctx, input.reviewer) })),
});
