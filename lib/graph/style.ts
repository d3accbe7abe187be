import type { EdgeKind, EdgeOrigin } from "./types";

/** Stroke pattern per kind: exact inputs solid, partial inputs dashed, premises dotted. */
export const KIND_DASH: Record<EdgeKind, string | undefined> = {
  exact_input: undefined,
  partial_input: "8 5",
  premise: "1.5 5",
};

export const KIND_LABEL: Record<EdgeKind, string> = {
  exact_input: "exact input",
  partial_input: "partial input",
  premise: "premise",
};

/** Colour per origin: annotator edges stand out. */
export const ORIGIN_COLOR: Record<EdgeOrigin, string> = {
  auto: "#64748b",
  teacher: "#7c3aed",
  annotator: "#ea580c",
};

export const SELECTED_COLOR = "#3451b2";

export interface EdgeStroke {
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  strokeDasharray?: string;
  strokeLinecap: "round" | "butt";
}

/** Width 1–4 px and opacity 0.35–1 grow with the weight (0 to 1). */
export function edgeStroke(kind: EdgeKind, weight: number, origin: EdgeOrigin, selected = false): EdgeStroke {
  const w = Math.min(1, Math.max(0, weight));
  return {
    stroke: selected ? SELECTED_COLOR : ORIGIN_COLOR[origin],
    strokeWidth: (selected ? 1.5 : 1) + 3 * w,
    strokeOpacity: selected ? 1 : 0.35 + 0.65 * w,
    strokeDasharray: KIND_DASH[kind],
    strokeLinecap: kind === "premise" ? "round" : "butt",
  };
}

/** Cluster edges: width by the number of function edges they stand for (log scale). */
export const clusterEdgeWidth = (count: number): number => Math.min(8, 1 + Math.log2(Math.max(1, count)));
