import { and, asc, count, eq, inArray, sql, type Column, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { runs, trajectories, trajectoryData } from "../../db/schema";
import { distinctWords, LIKE_ESCAPE, queueConditions, type QueuePage, type QueueSelection, type WordColumn } from "../pipeline/review/queue-filters";
import { reviewStatus, reviewStatuses } from "../pipeline/schemas/review";
import { trajectory } from "../pipeline/schemas/trajectory";
import { NotFound } from "../pipeline/errors";
import { getProject } from "./projects";
import { assignedCondition } from "./review-assignments";

const polarity = trajectory.shape.polarity;

const wordColumns: Record<WordColumn, Column> = {
  turnKinds: trajectories.turnKinds,
  operations: trajectories.operations,
  toolkits: trajectories.toolkits,
  failedChecks: trajectories.failedChecks,
};

const likeEscaped = (column: Column, pattern: string): SQL => sql`${column} like ${pattern} escape ${LIKE_ESCAPE}`;

/**
 * The rows a selection covers: the queue pages through them, a bulk decision writes them all.
 * `rowOrder` keeps SQLite off the project index (a unary `+` on the term), for `queuePageIds`.
 */
export function selectionWhere(selection: QueueSelection, options: { rowOrder?: boolean } = {}): SQL {
  const conditions = queueConditions(selection.filters, selection.search);
  // A run is checked to be the project's first (`requireSelection`): its index alone then finds its rows.
  const scope =
    selection.runId !== undefined
      ? eq(trajectories.runId, selection.runId)
      : options.rowOrder
        ? sql`+${trajectories.projectId} = ${selection.projectId}`
        : eq(trajectories.projectId, selection.projectId);
  const parts: SQL[] = [scope];
  if (conditions.equals.status !== undefined) parts.push(eq(trajectories.status, conditions.equals.status));
  if (conditions.equals.polarity !== undefined) parts.push(eq(trajectories.polarity, conditions.equals.polarity));
  if (conditions.equals.errorType !== undefined) parts.push(eq(trajectories.errorType, conditions.equals.errorType));
  for (const { column, pattern } of conditions.words) parts.push(likeEscaped(wordColumns[column], pattern));
  if (conditions.noFailedChecks) parts.push(eq(trajectories.failedChecks, " "));
  for (const pattern of conditions.search) parts.push(likeEscaped(trajectories.searchText, pattern));
  if (selection.mine !== undefined) parts.push(selection.assignee === undefined ? sql`0` : assignedCondition(selection.assignee, selection.mine));
  return and(...parts) ?? sql`1`;
}

/**
 * The ids of one page, in id order. The status index yields a status's rows already in id order. Any
 * other filter has to read each row it tests; walking the table in id order then stops after a page of
 * hits, where the project index would visit every row of the project and sort them.
 */
function queuePageIds(db: Db, input: QueuePage): number[] {
  const c = queueConditions(input.filters, input.search);
  const readsRows =
    c.words.length > 0 || c.search.length > 0 || c.noFailedChecks || c.equals.polarity !== undefined || c.equals.errorType !== undefined || input.mine !== undefined;
  return db
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(selectionWhere(input, { rowOrder: readsRows && c.equals.status === undefined }))
    .orderBy(asc(trajectories.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map((row) => row.id);
}

/** The project exists, and the run, when one is named, is one of its runs. */
export function requireSelection(db: Db, selection: { projectId: number; runId?: number }): void {
  getProject(db, selection.projectId);
  if (selection.runId === undefined) return;
  const run = db.select({ projectId: runs.projectId }).from(runs).where(eq(runs.id, selection.runId)).get();
  if (run?.projectId !== selection.projectId) throw new NotFound("run", String(selection.runId));
}

const FIRST_QUERY_CHARS = 160;

/** One page of the queue in a stable order (row id) and how many rows match. */
export function reviewQueue(db: Db, input: QueuePage) {
  requireSelection(db, input);
  const total = db.select({ n: count() }).from(trajectories).where(selectionWhere(input)).get()?.n ?? 0;
  const ids = queuePageIds(db, input);
  if (ids.length === 0) return { total, offset: input.offset, items: [] };
  // Only the page's rows are read in full: the first query is cut from 50 rows, not from every skipped one.
  const items = db
    .select({
      id: trajectories.id,
      trajectoryId: trajectories.trajectoryId,
      pathId: trajectories.pathId,
      runId: trajectories.runId,
      polarity: trajectories.polarity,
      errorType: trajectories.errorType,
      status: trajectories.status,
      version: trajectories.version,
      turnCount: trajectories.turnCount,
      turnKinds: trajectories.turnKinds,
      firstQuery: sql<string | null>`substr(json_extract(${trajectoryData.data}, '$.turns[0].query'), 1, ${FIRST_QUERY_CHARS})`,
    })
    .from(trajectories)
    .innerJoin(trajectoryData, eq(trajectoryData.trajectoryRowId, trajectories.id))
    .where(inArray(trajectories.id, ids))
    .orderBy(asc(trajectories.id))
    .all()
    .map((row) => ({
      ...row,
      polarity: polarity.parse(row.polarity),
      status: reviewStatus.parse(row.status),
      turnKinds: distinctWords([row.turnKinds]),
      firstQuery: row.firstQuery ?? "",
    }));
  return { total, offset: input.offset, items };
}

/** The choices of the queue's filters over a project (or one run of it) and how many rows have each status. */
export function reviewFacets(db: Db, input: { projectId: number; runId?: number }) {
  requireSelection(db, input);
  const scope = input.runId === undefined ? eq(trajectories.projectId, input.projectId) : eq(trajectories.runId, input.runId);
  // Few distinct combinations exist even over many rows: one scan, then split into words here.
  const combos = db
    .selectDistinct({
      errorType: trajectories.errorType,
      operations: trajectories.operations,
      turnKinds: trajectories.turnKinds,
      toolkits: trajectories.toolkits,
      failedChecks: trajectories.failedChecks,
    })
    .from(trajectories)
    .where(scope)
    .all();
  const byStatus = db.select({ status: trajectories.status, n: count() }).from(trajectories).where(scope).groupBy(trajectories.status).all();
  const projectRuns = db
    .select({ runId: runs.id, name: runs.name, n: count() })
    .from(trajectories)
    .innerJoin(runs, eq(runs.id, trajectories.runId))
    .where(eq(trajectories.projectId, input.projectId))
    .groupBy(runs.id)
    .orderBy(asc(runs.id))
    .all();
  return {
    total: byStatus.reduce((sum, row) => sum + row.n, 0),
    statuses: reviewStatuses.map((status) => ({ status, count: byStatus.find((row) => row.status === status)?.n ?? 0 })),
    errorTypes: distinctWords(combos.flatMap((c) => (c.errorType === null ? [] : [c.errorType]))),
    operations: distinctWords(combos.map((c) => c.operations)),
    turnKinds: distinctWords(combos.map((c) => c.turnKinds)),
    toolkits: distinctWords(combos.map((c) => c.toolkits)),
    checks: distinctWords(combos.map((c) => c.failedChecks)),
    runs: projectRuns.map((r) => ({ runId: r.runId, name: r.name, count: r.n })),
  };
}
