"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { COLORS, coverageRows } from "@/lib/statistics/chart-data";
import type { CoverageStatistics } from "@/server/pipeline/statistics";
import { ChartCard } from "./ChartCard";

/** Functions and edges of the graph, and how many of them the paths and the trajectories use. */
export function CoverageChart({ coverage }: { coverage: CoverageStatistics }) {
  const note =
    coverage.outsideGraph > 0 ? `${coverage.outsideGraph} trajectory paths call functions the graph no longer has and are not counted.` : "Used at least once; edges between consecutive calls.";
  return (
    <ChartCard name="coverage" title="Function and edge coverage" note={note} empty={coverage.functions.total === 0 ? "The project has no functions yet: import a catalog." : undefined}>
      <BarChart responsive style={{ width: "100%", height: "100%" }} data={coverageRows(coverage)}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey="graph" name="in the graph" fill={COLORS.third} />
        <Bar dataKey="paths" name="used by paths" fill={COLORS.second} />
        <Bar dataKey="trajectories" name="used by trajectories" fill={COLORS.accent} />
      </BarChart>
    </ChartCard>
  );
}
