import type { TurnKind } from "../schemas/path";
import type { Trajectory } from "../schemas/trajectory";

export type ReviewStatus = "pending" | "accepted" | "rejected" | "needs-edit";

export interface ReviewedTrajectory {
  trajectory: Trajectory;
  status?: ReviewStatus;
}

export interface SelectionFilter {
  /** Default: `["accepted"]` when any record has a status; every record when none has one. */
  statuses?: readonly ReviewStatus[];
  polarity?: readonly ("positive" | "negative")[];
  /** Keep a trajectory when every one of its turns has one of these kinds. */
  turnKinds?: readonly TurnKind[];
  /** Keep negatives whose `error_type` is listed; positives are not affected (filter them with `polarity`). */
  errorTypes?: readonly string[];
}

/** What the content filters look at; the same for a trajectory and for an export's per-record facts. */
export interface SelectionFields {
  polarity: "positive" | "negative";
  error_type?: string;
  turnKinds: readonly TurnKind[];
}

/** The polarity, turn-kind and error-type part of a filter, as one test. */
export function contentFilter(filter: Omit<SelectionFilter, "statuses">): (fields: SelectionFields) => boolean {
  const polarity = filter.polarity && new Set(filter.polarity);
  const kinds = filter.turnKinds && new Set(filter.turnKinds);
  const errors = filter.errorTypes && new Set(filter.errorTypes);
  return (f) =>
    (!polarity || polarity.has(f.polarity)) &&
    (!kinds || f.turnKinds.every((kind) => kinds.has(kind))) &&
    (!errors || f.polarity !== "negative" || errors.has(f.error_type ?? ""));
}

/**
 * The trajectories to export, in input order. A record without a status passes the status filter only
 * when no record has a status and `statuses` is not given (nothing was reviewed: export everything);
 * otherwise only the listed statuses (default `accepted`) pass.
 */
export function selectTrajectories(records: readonly ReviewedTrajectory[], filter: SelectionFilter = {}): Trajectory[] {
  const known = records.some((r) => r.status !== undefined);
  const statuses = filter.statuses ?? (known ? ["accepted"] : undefined);
  const passes = contentFilter(filter);
  return records
    .filter(({ trajectory: t, status }) => {
      if (statuses && (status === undefined || !statuses.includes(status))) return false;
      return passes({ polarity: t.polarity, ...(t.error_type !== undefined ? { error_type: t.error_type } : {}), turnKinds: t.turns.map((turn) => turn.kind) });
    })
    .map((r) => r.trajectory);
}
