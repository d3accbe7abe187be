import { catalogRouter } from "./routers/catalog";
import { graphRouter } from "./routers/graph";
import { pathsRouter } from "./routers/paths";
import { projectsRouter } from "./routers/projects";
import { runsRouter } from "./routers/runs";
import { trajectoriesRouter } from "./routers/trajectories";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  projects: projectsRouter,
  catalog: catalogRouter,
  graph: graphRouter,
  paths: pathsRouter,
  runs: runsRouter,
  trajectories: trajectoriesRouter,
});
export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
