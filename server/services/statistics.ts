import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reviewDecisions, runItems, trajectories } from "../../db/schema";
import { functionPath } from "../pipeline/schemas/path";
import { projectStatistics, type ProjectStatistics } from "../pipeline/statistics";
import { getGraph } from "./graph";
import { listPaths } from "./paths";
import { getProject } from "./projects";

const count = sql<number>`count(*)`;

/**
 * The statistics page's figures for a project. The database groups the trajectories by their filter
 * columns (a few dozen rows however many trajectories there are); paths are read once per run item.
 */
export function statisticsForProject(db: Db, projectId: number): ProjectStatistics {
  getProject(db, projectId);
  const ofProject = eq(trajectories.projectId, projectId);
  const groupedBy = <C extends typeof trajectories.turnCount | typeof trajectories.turnKinds | typeof trajectories.operations>(column: C) =>
    db.select({ key: column, count }).from(trajectories).where(ofProject).groupBy(column).all();
  const items = db
    .select({ path: runItems.path, count })
    .from(trajectories)
    .innerJoin(runItems, eq(runItems.id, trajectories.itemId))
    .where(ofProject)
    .groupBy(trajectories.itemId)
    .all();
  return projectStatistics({
    graph: getGraph(db, projectId),
    paths: listPaths(db, projectId),
    trajectoryPaths: items.map((item) => ({ path: functionPath.parse(JSON.parse(item.path)), trajectories: item.count })),
    turnCounts: groupedBy(trajectories.turnCount),
    turnKinds: groupedBy(trajectories.turnKinds),
    operations: groupedBy(trajectories.operations),
    statuses: db
      .select({ errorType: trajectories.errorType, status: trajectories.status, count })
      .from(trajectories)
      .where(ofProject)
      .groupBy(trajectories.errorType, trajectories.status)
      .all()
      .map(({ errorType, status, count: n }) => ({ key: { errorType, status }, count: n })),
    decisions: db
      .select({ trajectory: reviewDecisions.trajectoryRowId, turn: reviewDecisions.turn, action: reviewDecisions.action, at: reviewDecisions.createdAt })
      .from(reviewDecisions)
      .innerJoin(trajectories, eq(trajectories.id, reviewDecisions.trajectoryRowId))
      .where(ofProject)
      .orderBy(asc(reviewDecisions.id))
      .all(),
  });
}
