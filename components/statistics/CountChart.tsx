"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { COLORS } from "@/lib/statistics/chart-data";
import { ChartCard } from "./ChartCard";

interface Props {
  name: string;
  title: string;
  note?: string;
  rows: readonly { label: string; value: number }[];
  valueName: string;
  /** What the bars stand for, under the axis (e.g. "turns"). */
  axisName?: string;
  empty: string;
}

/** One bar per row: a histogram or counts per name. */
export function CountChart({ name, title, note, rows, valueName, axisName, empty }: Props) {
  return (
    <ChartCard name={name} title={title} note={note} empty={rows.length === 0 ? empty : undefined}>
      <BarChart responsive style={{ width: "100%", height: "100%" }} data={[...rows]} margin={{ top: 5, right: 5, bottom: axisName ? 15 : 5, left: 5 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} {...(axisName ? { label: { value: axisName, position: "insideBottom", offset: -10 } } : {})} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="value" name={valueName} fill={COLORS.accent} />
      </BarChart>
    </ChartCard>
  );
}
