import { createHash } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { runs, trajectories, trajectoryData } from "../../db/schema";
import type { z } from "zod";
import { recordParser } from "../json-lines";
import { InvalidInput } from "../pipeline/errors";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";
import type { exportSelection } from "../exports/export-request";
import { getProject } from "./projects";

export type ExportSelection = z.infer<typeof exportSelection>;

export interface SelectedTrajectories {
  /** How many runs the records come from. */
  runs: number;
  /** Changes whenever a record joins or leaves the selection, or is edited or decided again. */
  fingerprint: string;
  records: Iterable<Trajectory>;
  lines: Iterable<string>;
}

/** Rows read per query: the scan never holds more than a page of stored JSON at once. */
const PAGE = 500;

const parseStored = recordParser(trajectory);

function checkRuns(db: Db, projectId: number, runIds: readonly number[]): void {
  const found = new Set(
    db
      .select({ id: runs.id })
      .from(runs)
      .where(and(eq(runs.projectId, projectId), inArray(runs.id, [...runIds])))
      .all()
      .map((r) => r.id),
  );
  const missing = runIds.find((id) => !found.has(id));
  if (missing !== undefined) throw new InvalidInput(`run ${missing} is not a run of this project`, { field: "runIds" });
}

const selectionWhere = (selection: ExportSelection) =>
  and(
    eq(trajectories.projectId, selection.projectId),
    inArray(trajectories.status, selection.statuses),
    selection.runIds ? inArray(trajectories.runId, selection.runIds) : undefined,
  );

interface OrderRow {
  id: number;
  runId: number;
}

/** Stored rows in export order, a page read at a time. */
function* storedRows(db: Db, order: readonly OrderRow[]): Generator<OrderRow & { data: string }> {
  for (let start = 0; start < order.length; start += PAGE) {
    const page = order.slice(start, start + PAGE);
    const ids = page.map((row) => row.id);
    const data = new Map(
      db
        .select({ id: trajectoryData.trajectoryRowId, data: trajectoryData.data })
        .from(trajectoryData)
        .where(inArray(trajectoryData.trajectoryRowId, ids))
        .all()
        .map((row) => [row.id, row.data]),
    );
    for (const row of page) {
      const json = data.get(row.id);
      // Deleted since the order was read (its run was removed): nothing to export.
      if (json !== undefined) yield { ...row, data: json };
    }
  }
}

function* parsedRecords(rows: Iterable<OrderRow & { data: string }>, prefixRuns: boolean): Generator<Trajectory> {
  for (const row of rows) {
    const t = parseStored(row.data, { file: `trajectories of run ${row.runId}`, record: row.id });
    const prefix = `run${row.runId}:`;
    yield prefixRuns ? { ...t, id: prefix + t.id, ...(t.pair ? { pair: { ...t.pair, positive_id: prefix + t.pair.positive_id } } : {}) } : t;
  }
}

/**
 * A project's trajectories for export, with reviewers' edits, in each run's output order (run, then
 * the order `magnet synth` writes). The order is read first (ids only), then the stored JSON a page
 * at a time, so no query sorts or holds more than a page of records. Trajectory ids are unique within
 * a run only: when records of several runs are exported together, every id (and a negative's
 * `pair.positive_id`) is prefixed with its run (`run7:`), so pairs and duplicates never mix across runs.
 */
export function selectedTrajectories(db: Db, selection: ExportSelection): SelectedTrajectories {
  getProject(db, selection.projectId);
  if (selection.runIds) checkRuns(db, selection.projectId, selection.runIds);
  const order = db
    .select({ id: trajectories.id, runId: trajectories.runId, version: trajectories.version, updatedAt: trajectories.updatedAt })
    .from(trajectories)
    .where(selectionWhere(selection))
    .orderBy(asc(trajectories.runId), asc(trajectories.position), asc(trajectories.seq))
    .all();
  const runs = new Set(order.map((row) => row.runId)).size;
  const fingerprint = createHash("sha256");
  for (const row of order) fingerprint.update(`${row.id}:${row.version}:${row.updatedAt}\n`);
  return {
    runs,
    fingerprint: fingerprint.digest("hex"),
    records: { [Symbol.iterator]: () => parsedRecords(storedRows(db, order), runs > 1) },
    // As stored when no id needs its run prefix: the export engine validates every line anyway.
    lines: {
      *[Symbol.iterator]() {
        if (runs > 1) for (const t of parsedRecords(storedRows(db, order), true)) yield JSON.stringify(t);
        else for (const row of storedRows(db, order)) yield row.data;
      },
    },
  };
}

/** Run ids of a project by run name (the CLI's `--run`); a name that is not one of the project's runs is refused. */
export function projectRunIds(db: Db, projectId: number, names: readonly string[]): number[] {
  const found = new Map(
    db
      .select({ id: runs.id, name: runs.name })
      .from(runs)
      .where(and(eq(runs.projectId, projectId), inArray(runs.name, [...names])))
      .all()
      .map((r) => [r.name, r.id]),
  );
  return names.map((name) => {
    const id = found.get(name);
    if (id === undefined) throw new InvalidInput(`${JSON.stringify(name)} is not a run of this project`, { field: "--run" });
    return id;
  });
}
