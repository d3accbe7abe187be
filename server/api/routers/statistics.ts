import { statisticsForProject } from "../../services/statistics";
import { procedure, router } from "../trpc";
import { projectId } from "./projects";

export const statisticsRouter = router({
  project: procedure.input(projectId).query(({ ctx, input }) => statisticsForProject(ctx.db, input.projectId)),
});
