"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { COLORS } from "@/lib/statistics/chart-data";
import type { GroupCount } from "@/server/pipeline/statistics";
import { ChartCard } from "./ChartCard";

type By = "category" | "toolkit";

/**
 * Functions per category (left axis) beside the trajectories whose path touches the category (right
 * axis); by toolkit when asked, or when the catalogs name no category (everything is `misc`).
 */
export function CategoriesChart({ categories, toolkits }: { categories: readonly GroupCount[]; toolkits: readonly GroupCount[] }) {
  const [by, setBy] = useState<By>(categories.length <= 1 && toolkits.length > 1 ? "toolkit" : "category");
  const rows = by === "category" ? categories : toolkits;
  return (
    <ChartCard name="categories" title="Categories" note={`Functions per ${by}, and trajectories whose path uses one of them.`} empty={rows.length === 0 ? "No functions yet." : undefined}>
      <label className="muted">
        by{" "}
        <select data-id="categories-by" value={by} onChange={(e) => setBy(e.target.value === "toolkit" ? "toolkit" : "category")}>
          <option value="category">category ({categories.length})</option>
          <option value="toolkit">toolkit ({toolkits.length})</option>
        </select>
      </label>
      <BarChart responsive style={{ width: "100%", height: "calc(100% - 2rem)" }} data={[...rows]}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="group" interval={0} tick={{ fontSize: 12 }} />
        <YAxis yAxisId="functions" allowDecimals={false} />
        <YAxis yAxisId="trajectories" orientation="right" allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="functions" dataKey="functions" name="functions" fill={COLORS.second} />
        <Bar yAxisId="trajectories" dataKey="trajectories" name="trajectories" fill={COLORS.accent} />
      </BarChart>
    </ChartCard>
  );
}
