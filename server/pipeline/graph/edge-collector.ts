import type { EdgeOrigin, GraphEdge } from "../schemas/graph";
import type { JudgedEdge } from "./types";

/**
 * Gathers judged edges into graph edges: drops the light ones, keeps one edge per (source, target) —
 * the heaviest, the first on a tie, since a pair can be judged from both of its ends — and lists them
 * sorted so the graph's JSON is the same however the work was ordered.
 */
export class EdgeCollector {
  private readonly edges = new Map<string, GraphEdge>();

  constructor(
    private readonly minWeight: number,
    private readonly origin: EdgeOrigin,
  ) {}

  add(edge: JudgedEdge): void {
    if (edge.weight < this.minWeight) return;
    const key = `${edge.source}\u0000${edge.target}`;
    const existing = this.edges.get(key);
    if (existing === undefined || edge.weight > existing.weight) this.edges.set(key, { ...edge, origin: this.origin });
  }

  /** Edges by source then target id: the order a graph's JSON is written in. */
  sorted(): GraphEdge[] {
    return [...this.edges.values()].sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
