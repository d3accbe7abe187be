import type { GraphEdge } from "./types";

type Link = Pick<GraphEdge, "source" | "target" | "weight">;

export interface Adjacency {
  /** Neighbour → heaviest edge weight between the two, either direction. */
  readonly neighbours: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Undirected adjacency (edges followed both ways) with the heaviest weight per neighbour pair. */
export function buildAdjacency(edges: readonly Link[]): Adjacency {
  const neighbours = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, weight: number): void => {
    let row = neighbours.get(a);
    if (row === undefined) neighbours.set(a, (row = new Map()));
    row.set(b, Math.max(row.get(b) ?? 0, weight));
  };
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    link(edge.source, edge.target, edge.weight);
    link(edge.target, edge.source, edge.weight);
  }
  return { neighbours };
}

export interface Neighbourhood {
  /** Kept functions → hop distance from the centre (the centre is 0), nearest first. */
  distances: Map<string, number>;
  /** Size of the whole k-hop neighbourhood, centre included, before `limit`. */
  total: number;
  truncated: boolean;
}

/**
 * The functions within `hops` edges of `center`, following edges in both directions. Over `limit`,
 * the nearest are kept; among equally near ones those joined to the kept set by the heaviest edge
 * (ties by id, so the result is reproducible).
 */
export function kHopNeighbourhood(adjacency: Adjacency, center: string, hops: number, limit = Infinity): Neighbourhood {
  const distance = new Map<string, number>([[center, 0]]);
  /** Heaviest edge by which a node was reached from the previous ring. */
  const reach = new Map<string, number>([[center, Infinity]]);
  let ring = [center];
  for (let hop = 1; hop <= hops && ring.length > 0; hop++) {
    const next: string[] = [];
    for (const id of ring) {
      for (const [neighbour, weight] of adjacency.neighbours.get(id) ?? []) {
        const known = distance.get(neighbour);
        if (known === undefined) {
          distance.set(neighbour, hop);
          reach.set(neighbour, weight);
          next.push(neighbour);
        } else if (known === hop && weight > (reach.get(neighbour) ?? 0)) {
          reach.set(neighbour, weight);
        }
      }
    }
    ring = next;
  }
  const order = [...distance.keys()].sort(
    (a, b) =>
      (distance.get(a) ?? 0) - (distance.get(b) ?? 0) || (reach.get(b) ?? 0) - (reach.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const kept = order.slice(0, Math.max(1, limit));
  return {
    distances: new Map(kept.map((id) => [id, distance.get(id) ?? 0])),
    total: order.length,
    truncated: kept.length < order.length,
  };
}

/**
 * One edge per function of a neighbourhood, joining it to a function one hop nearer the centre (the
 * heaviest such edge, ties by id), in its own direction: a spanning tree that lays the neighbourhood
 * out compactly, callers left of the centre and callees right of it.
 */
export function neighbourhoodTree<E extends Link>(distances: ReadonlyMap<string, number>, edges: readonly E[]): E[] {
  const best = new Map<string, E>();
  const better = (a: E, b: E | undefined): boolean =>
    b === undefined || a.weight > b.weight || (a.weight === b.weight && `${a.source}\u0000${a.target}` < `${b.source}\u0000${b.target}`);
  for (const edge of edges) {
    const from = distances.get(edge.source);
    const to = distances.get(edge.target);
    if (from === undefined || to === undefined) continue;
    // The endpoint farther out hangs from the nearer one.
    const child = to === from + 1 ? edge.target : from === to + 1 ? edge.source : undefined;
    if (child !== undefined && better(edge, best.get(child))) best.set(child, edge);
  }
  return [...best.values()];
}
