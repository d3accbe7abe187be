"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { COLORS, reviewRows } from "@/lib/statistics/chart-data";
import type { ReviewDay } from "@/server/pipeline/statistics";
import { ChartCard } from "./ChartCard";

/** Decisions per day (bars) and the trajectories accepted and rejected so far (lines, by each one's latest decision). */
export function ReviewProgressChart({ days }: { days: readonly ReviewDay[] }) {
  return (
    <ChartCard name="review-progress" title="Review progress" note="Decisions per day; accepted and rejected trajectories to date." empty={days.length === 0 ? "No review decisions yet." : undefined}>
      <ComposedChart responsive style={{ width: "100%", height: "100%" }} data={reviewRows(days)}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey="decisions" name="decisions that day" fill={COLORS.third} />
        <Line type="monotone" dataKey="accepted" name="accepted to date" stroke={COLORS.accepted} strokeWidth={2} dot={false} />
        <Line type="monotone" dataKey="rejected" name="rejected to date" stroke={COLORS.rejected} strokeWidth={2} dot={false} />
      </ComposedChart>
    </ChartCard>
  );
}
