import type { AcceptanceRate, CoverageStatistics, ReviewDay } from "@/server/pipeline/statistics";

/** Series colours, the accent first; accepted green and rejected red wherever they appear. */
export const COLORS = { accent: "#3451b2", second: "#7a8cd6", third: "#b9c3ea", accepted: "#2f9e55", rejected: "#c4320a", neutral: "#98a2b3" } as const;

export interface CoverageRow {
  name: "functions" | "edges";
  graph: number;
  paths: number;
  trajectories: number;
}

/** Graph size beside what the paths and the trajectories' paths use, for functions and for edges. */
export function coverageRows(coverage: CoverageStatistics): CoverageRow[] {
  return (["functions", "edges"] as const).map((name) => ({ name, graph: coverage[name].total, paths: coverage[name].byPaths, trajectories: coverage[name].byTrajectories }));
}

export interface AcceptanceRow {
  errorType: string;
  /** Accepted among reviewed, in percent; 0 (and `reviewed` 0) before any review. */
  rate: number;
  reviewed: number;
  total: number;
}

export function acceptanceRows(rates: readonly AcceptanceRate[]): AcceptanceRow[] {
  return rates.map((r) => ({ errorType: r.errorType, rate: r.rate === null ? 0 : Math.round(r.rate * 1000) / 10, reviewed: r.total - r.pending, total: r.total }));
}

/** `2025-05-03` → `May 3`, the day as a chart axis shows it (the date is UTC, as stored). */
export function dayLabel(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}

/** The review chart's rows with a short label per day. */
export const reviewRows = (days: readonly ReviewDay[]) => days.map((d) => ({ ...d, label: dayLabel(d.day) }));
