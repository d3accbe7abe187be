import type { GraphEdge } from "./types";

export interface Degree {
  in: number;
  out: number;
}

const ZERO: Degree = Object.freeze({ in: 0, out: 0 });

/** In- and out-degree of every function that has an edge; self-loops count once each way. */
export function countDegrees(edges: readonly Pick<GraphEdge, "source" | "target">[]): Map<string, Degree> {
  const degrees = new Map<string, Degree>();
  const get = (id: string): Degree => {
    let degree = degrees.get(id);
    if (degree === undefined) degrees.set(id, (degree = { in: 0, out: 0 }));
    return degree;
  };
  for (const edge of edges) {
    get(edge.source).out++;
    get(edge.target).in++;
  }
  return degrees;
}

export const degreeOf = (degrees: ReadonlyMap<string, Degree>, id: string): Degree => degrees.get(id) ?? ZERO;
