"use client";

import type { QueueFilters as Filters, ReviewFacets } from "@/lib/review/types";
import { hasFilters } from "@/lib/review/url-state";
import { reviewStatuses } from "@/server/pipeline/schemas/review";
import { turnKinds } from "@/server/pipeline/schemas/path";
import { queueFilters } from "@/server/pipeline/review/queue-filters";
import styles from "./review.module.css";

type FilterKey = keyof Filters;

/** One select per filter; the facets list what the project's trajectories actually have. */
function choicesOf(facets: ReviewFacets | undefined): Record<FilterKey, readonly string[]> {
  return {
    status: reviewStatuses,
    polarity: ["positive", "negative"],
    errorType: facets?.errorTypes ?? [],
    operation: facets?.operations ?? [],
    turnKind: facets?.turnKinds ?? turnKinds,
    toolkit: facets?.toolkits ?? [],
    check: ["passed", ...(facets?.checks ?? [])],
  };
}

const labels: Record<FilterKey, string> = {
  status: "Status",
  polarity: "Polarity",
  errorType: "Error type",
  operation: "Operation",
  turnKind: "Turn kind",
  toolkit: "Toolkit",
  check: "Checks",
};
const dataIds: Record<FilterKey, string> = {
  status: "filter-status",
  polarity: "filter-polarity",
  errorType: "filter-error-type",
  operation: "filter-operation",
  turnKind: "filter-turn-kind",
  toolkit: "filter-toolkit",
  check: "filter-check",
};
const keys: readonly FilterKey[] = ["status", "polarity", "errorType", "operation", "turnKind", "toolkit", "check"];

/** The queue's filters and text search; every change starts again from the first page. */
export function QueueFilters({
  facets,
  runId,
  filters,
  search,
  onChange,
}: {
  facets: ReviewFacets | undefined;
  runId: number | undefined;
  filters: Filters;
  search: string;
  onChange: (change: { runId?: number; filters?: Filters; search?: string }) => void;
}) {
  const choices = choicesOf(facets);
  const setFilter = (key: FilterKey, value: string) => {
    // The select only offers valid values; parsing keeps the state typed without trusting the DOM.
    const next = queueFilters.safeParse({ ...filters, [key]: value === "" ? undefined : value });
    if (next.success) onChange({ filters: next.data });
  };
  return (
    <div className={styles.filters} data-id="queue-filters">
      <input
        type="search"
        className={styles.search}
        data-id="queue-search"
        placeholder="Search queries and functions"
        aria-label="Search queries and functions"
        value={search}
        onChange={(e) => onChange({ search: e.target.value })}
      />
      <div className={styles.filterGrid}>
        <label className={styles.filterField}>
          <span>Run</span>
          <select data-id="filter-run" value={runId ?? ""} onChange={(e) => onChange({ runId: e.target.value === "" ? undefined : Number(e.target.value) })}>
            <option value="">all runs</option>
            {(facets?.runs ?? []).map((run) => (
              <option key={run.runId} value={run.runId}>
                {run.name} ({run.count})
              </option>
            ))}
            {runId !== undefined && !facets?.runs.some((r) => r.runId === runId) && <option value={runId}>run {runId}</option>}
          </select>
        </label>
        {keys.map((key) => (
          <label key={key} className={styles.filterField}>
            <span>{labels[key]}</span>
            <select data-id={dataIds[key]} value={filters[key] ?? ""} onChange={(e) => setFilter(key, e.target.value)}>
              <option value="">any</option>
              {choices[key].map((value) => (
                <option key={value} value={value}>
                  {key === "check" && value !== "passed" ? `${value} failed` : key === "check" ? "all passed" : value}
                </option>
              ))}
              {filters[key] !== undefined && !choices[key].includes(filters[key]) && <option value={filters[key]}>{filters[key]}</option>}
            </select>
          </label>
        ))}
      </div>
      {hasFilters({ filters, search }) && (
        <button type="button" data-id="filters-clear" onClick={() => onChange({ filters: {}, search: "" })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
