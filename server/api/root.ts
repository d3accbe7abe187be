import { accountsRouter } from "./routers/accounts";
import { assignmentsRouter } from "./routers/assignments";
import { catalogRouter } from "./routers/catalog";
import { exportsRouter } from "./routers/exports";
import { graphRouter } from "./routers/graph";
import { pathsRouter } from "./routers/paths";
import { projectsRouter } from "./routers/projects";
import { reviewsRouter } from "./routers/reviews";
import { runsRouter } from "./routers/runs";
import { statisticsRouter } from "./routers/statistics";
import { teachersRouter } from "./routers/teachers";
import { trajectoriesRouter } from "./routers/trajectories";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  accounts: accountsRouter,
  projects: projectsRouter,
  catalog: catalogRouter,
  graph: graphRouter,
  paths: pathsRouter,
  runs: runsRouter,
  trajectories: trajectoriesRouter,
  teachers: teachersRouter,
  reviews: reviewsRouter,
  assignments: assignmentsRouter,
  exports: exportsRouter,
  statistics: statisticsRouter,
});
export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
