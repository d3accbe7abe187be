import { z } from "zod";
import { listRuns, runFailures, runProgress } from "../../services/runs";
import { procedure, router } from "../trpc";

const runId = z.object({ runId: z.number().int().positive() });

export const runsRouter = router({
  list: procedure.input(z.object({ projectId: z.number().int().positive().optional() })).query(({ ctx, input }) => listRuns(ctx.db, input.projectId)),
  progress: procedure.input(runId).query(({ ctx, input }) => runProgress(ctx.db, input.runId)),
  failures: procedure.input(runId).query(({ ctx, input }) => runFailures(ctx.db, input.runId)),
});
