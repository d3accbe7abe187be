"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { acceptanceRows, COLORS } from "@/lib/statistics/chart-data";
import type { AcceptanceRate } from "@/server/pipeline/statistics";
import { ChartCard } from "./ChartCard";

/** Accepted among reviewed trajectories per error type; positives are "none". */
export function AcceptanceChart({ rates }: { rates: readonly AcceptanceRate[] }) {
  const rows = acceptanceRows(rates);
  const reviewed = rows.some((r) => r.reviewed > 0);
  return (
    <ChartCard
      name="acceptance"
      title="Acceptance rate by error type"
      note="Accepted among reviewed trajectories (pending ones left out); positives are “none”."
      empty={reviewed ? undefined : rows.length === 0 ? "No trajectories yet." : "Nothing reviewed yet."}
    >
      {/* Bars run sideways: error type names are too long to sit side by side under the axis. */}
      <BarChart responsive layout="vertical" style={{ width: "100%", height: "100%" }} data={rows}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit=" %" />
        <YAxis type="category" dataKey="errorType" interval={0} width={190} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(value, _name, item) => [`${String(value)} % of ${String(item.payload?.reviewed ?? 0)} reviewed`, "accepted"]} />
        <Bar dataKey="rate" name="accepted" fill={COLORS.accepted} />
      </BarChart>
    </ChartCard>
  );
}
