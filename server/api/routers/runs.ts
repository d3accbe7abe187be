import { z } from "zod";
import { cancelRun, pauseRun, resumeRun, retryFailed, retryItem, startRun } from "../../jobs/run-manager";
import { describeRun, listRunViews } from "../../jobs/run-view";
import { editTurnInput, previewInput, regenerateTurnInput, runItemInput, runResumeInput, runStartInput } from "../../jobs/run-settings";
import { runFailures } from "../../services/runs";
import { editTurnQuery, previewPath, regenerateTurn } from "../../services/turn-preview";
import { allowed, procedure, router } from "../trpc";

const runId = z.object({ runId: z.number().int().positive() });

export const runsRouter = router({
  /** A project's runs (CLI runs of the project included), every run, or the runs of no project. */
  list: procedure
    .input(z.object({ projectId: z.number().int().positive().optional(), unassigned: z.boolean().optional() }))
    .query(({ ctx, input }) =>
      listRunViews(ctx.db, input.projectId !== undefined ? { projectId: input.projectId } : input.unassigned ? { unassigned: true } : {}),
    ),
  progress: procedure.input(runId).query(({ ctx, input }) => describeRun(ctx.db, input.runId)),
  failures: procedure.input(runId).query(({ ctx, input }) => runFailures(ctx.db, input.runId)),
  start: allowed("runs.write").input(runStartInput).mutation(({ ctx, input }) => startRun(ctx.db, input, ctx.teacherFor)),
  pause: allowed("runs.write").input(runId).mutation(({ ctx, input }) => pauseRun(ctx.db, input.runId)),
  resume: allowed("runs.write").input(runResumeInput).mutation(({ ctx, input }) => resumeRun(ctx.db, input, ctx.teacherFor)),
  cancel: allowed("runs.write").input(runId).mutation(({ ctx, input }) => cancelRun(ctx.db, input.runId)),
  retryItem: allowed("runs.write").input(runItemInput).mutation(({ ctx, input }) => retryItem(ctx.db, input, ctx.teacherFor)),
  retryFailed: allowed("runs.write").input(runId).mutation(({ ctx, input }) => retryFailed(ctx.db, input.runId, ctx.teacherFor)),
  preview: allowed("runs.write").input(previewInput).mutation(({ ctx, input }) => previewPath(ctx.db, input, ctx.teacherFor)),
  regenerateTurn: allowed("runs.write").input(regenerateTurnInput).mutation(({ ctx, input }) => regenerateTurn(ctx.db, input, ctx.teacherFor)),
  editTurn: allowed("runs.write").input(editTurnInput).mutation(({ ctx, input }) => editTurnQuery(ctx.db, input, ctx.teacherFor)),
});
