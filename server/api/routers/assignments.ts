import { assignInput } from "../../pipeline/review/review-inputs";
import { assignReviews, myAssignments } from "../../services/review-assignments";
import { reviewAgreement } from "../../services/review-agreement";
import { allowed, procedure, router } from "../trpc";
import { projectId } from "./projects";

export const assignmentsRouter = router({
  create: allowed("assignments.manage").input(assignInput).mutation(({ ctx, input }) => assignReviews(ctx.db, input)),
  mine: procedure.input(projectId).query(({ ctx, input }) => myAssignments(ctx.db, input.projectId, ctx.viewer.id)),
  agreement: procedure.input(projectId).query(({ ctx, input }) => reviewAgreement(ctx.db, input.projectId)),
});
