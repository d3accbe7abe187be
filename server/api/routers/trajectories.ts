import { z } from "zod";
import { runTrajectoriesPage } from "../../services/runs";
import { procedure, router } from "../trpc";

export const trajectoriesRouter = router({
  list: procedure
    .input(z.object({ runId: z.number().int().positive(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => runTrajectoriesPage(ctx.db, input.runId, input)),
});
