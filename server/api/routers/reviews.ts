import { z } from "zod";
import { queueInput } from "../../pipeline/review/queue-filters";
import { bulkDecideInput, commentInput, decideInput, editTurnInput, reviewItemInput } from "../../pipeline/review/review-inputs";
import { bulkDecide } from "../../services/review-bulk";
import { reviewFacets, reviewQueue } from "../../services/review-queue";
import { commentReview, decideReview, editReviewTurn, getReview } from "../../services/reviews";
import { procedure, router } from "../trpc";
import { projectId } from "./projects";

const facetsInput = projectId.extend({ runId: z.number().int().positive().optional() });

export const reviewsRouter = router({
  queue: procedure.input(queueInput).query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  facets: procedure.input(facetsInput).query(({ ctx, input }) => reviewFacets(ctx.db, input)),
  get: procedure.input(reviewItemInput).query(({ ctx, input }) => getReview(ctx.db, input.id)),
  decide: procedure.input(decideInput).mutation(({ ctx, input }) => decideReview(ctx.db, input)),
  comment: procedure.input(commentInput).mutation(({ ctx, input }) => commentReview(ctx.db, input)),
  editTurn: procedure.input(editTurnInput).mutation(({ ctx, input }) => editReviewTurn(ctx.db, input)),
  bulkDecide: procedure.input(bulkDecideInput).mutation(({ ctx, input }) => bulkDecide(ctx.db, input)),
});
