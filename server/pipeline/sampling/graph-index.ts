import { InvalidInput } from "../errors";
import type { DependencyGraph } from "../schemas/graph";

const noNeighbours: readonly string[] = Object.freeze([]);

/** Stable counting sort of `order` by key[order[i]] in [0, buckets): O(n + buckets). */
function countingSort(order: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (const i of order) {
    const b = (key[i] ?? 0) + 1;
    start[b] = (start[b] ?? 0) + 1;
  }
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] ?? 0) + (start[b] ?? 0);
  const sorted = new Int32Array(order.length);
  for (const i of order) {
    const b = key[i] ?? 0;
    const slot = start[b] ?? 0;
    sorted[slot] = i;
    start[b] = slot + 1;
  }
  return sorted;
}

/**
 * A dependency graph laid out for fast walks and lookups, built once in O(V + E).
 *
 * Nodes are numbered by their position in `graph.nodes`; out-edges are stored per node as
 * contiguous slices of flat typed arrays (compressed sparse rows), so a walk step reads a few
 * numbers and allocates nothing. Each row is sorted by target position, so an edge lookup is a
 * binary search inside one row: no E-sized hash table, and it stays in cache. Edges are numbered
 * by their slot in those arrays (the edge position), which is what coverage counts are indexed by.
 *
 * Parallel edges u → v (e.g. two kinds) collapse into one: weight is the largest, nested is true
 * when any of them is nested. Self-loops are dropped: a walk never revisits a node and a function
 * cannot be nested inside itself, so they could never be used.
 */
export class GraphIndex {
  /** Node ids in graph order; a node's position is its index here. */
  readonly ids: readonly string[];
  /** Out-edges of node p occupy edge positions outStart[p] … outStart[p + 1] - 1, by increasing target. */
  readonly outStart: Int32Array;
  /** Target node position of each edge. */
  readonly edgeTarget: Int32Array;
  /** Source node position of each edge. */
  readonly edgeSource: Int32Array;
  readonly edgeWeight: Float64Array;
  readonly edgeNested: Uint8Array;
  private readonly positions: ReadonlyMap<string, number>;
  private readonly nestedOut: readonly (readonly string[])[];

  /** Throws InvalidInput naming the field for a duplicate node id or an edge to an unknown node. */
  constructor(graph: DependencyGraph) {
    const nodeCount = graph.nodes.length;
    const ids: string[] = new Array<string>(nodeCount);
    const positions = new Map<string, number>();
    graph.nodes.forEach((node, p) => {
      if (positions.has(node.id)) {
        throw new InvalidInput(`duplicate node id ${JSON.stringify(node.id)}`, { field: `nodes[${p}].id` });
      }
      positions.set(node.id, p);
      ids[p] = node.id;
    });

    // Resolve endpoints (input order), then two stable counting sorts, by target then by source:
    // rows come out sorted by target with parallel edges next to each other.
    const inputCount = graph.edges.length;
    const sources = new Int32Array(inputCount);
    const targets = new Int32Array(inputCount);
    const kept: number[] = [];
    graph.edges.forEach((edge, e) => {
      const u = positions.get(edge.source);
      if (u === undefined) {
        throw new InvalidInput(`edge source ${JSON.stringify(edge.source)} is not a node`, { field: `edges[${e}].source` });
      }
      const v = positions.get(edge.target);
      if (v === undefined) {
        throw new InvalidInput(`edge target ${JSON.stringify(edge.target)} is not a node`, { field: `edges[${e}].target` });
      }
      sources[e] = u;
      targets[e] = v;
      if (u !== v) kept.push(e);
    });
    const order = countingSort(countingSort(Int32Array.from(kept), targets, nodeCount), sources, nodeCount);

    // Collapse runs of parallel edges into one slot each.
    const edgeTarget = new Int32Array(order.length);
    const edgeSource = new Int32Array(order.length);
    const edgeWeight = new Float64Array(order.length);
    const edgeNested = new Uint8Array(order.length);
    const outStart = new Int32Array(nodeCount + 1);
    let count = 0;
    for (const e of order) {
      const edge = graph.edges[e];
      if (edge === undefined) continue;
      const u = sources[e] ?? 0;
      const v = targets[e] ?? 0;
      const previous = count - 1;
      if (previous >= 0 && edgeSource[previous] === u && edgeTarget[previous] === v) {
        edgeWeight[previous] = Math.max(edgeWeight[previous] ?? 0, edge.weight);
        if (edge.nested) edgeNested[previous] = 1;
        continue;
      }
      edgeSource[count] = u;
      edgeTarget[count] = v;
      edgeWeight[count] = edge.weight;
      edgeNested[count] = edge.nested ? 1 : 0;
      outStart[u + 1] = (outStart[u + 1] ?? 0) + 1;
      count++;
    }
    for (let p = 0; p < nodeCount; p++) outStart[p + 1] = (outStart[p + 1] ?? 0) + (outStart[p] ?? 0);

    const nestedLists: (string[] | undefined)[] = new Array<string[] | undefined>(nodeCount);
    for (let slot = 0; slot < count; slot++) {
      if (edgeNested[slot] !== 1) continue;
      const u = edgeSource[slot] ?? 0;
      const list = nestedLists[u] ?? (nestedLists[u] = []);
      list.push(ids[edgeTarget[slot] ?? 0] ?? "");
    }

    this.ids = ids;
    this.positions = positions;
    this.outStart = outStart;
    this.edgeTarget = edgeTarget.slice(0, count);
    this.edgeSource = edgeSource.slice(0, count);
    this.edgeWeight = edgeWeight.slice(0, count);
    this.edgeNested = edgeNested.slice(0, count);
    this.nestedOut = Array.from(nestedLists, (list) => list ?? noNeighbours);
  }

  get nodeCount(): number {
    return this.ids.length;
  }

  get edgeCount(): number {
    return this.edgeTarget.length;
  }

  /** The node's position, or -1 when the id is not in the graph. */
  position(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** The edge position of u → v by node positions, or -1: a binary search in u's row. */
  edgeAt(u: number, v: number): number {
    let low = this.outStart[u] ?? 0;
    let high = (this.outStart[u + 1] ?? 0) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const target = this.edgeTarget[middle] ?? 0;
      if (target === v) return middle;
      if (target < v) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The edge position of source → target by ids, or -1. */
  edge(source: string, target: string): number {
    const u = this.positions.get(source);
    const v = this.positions.get(target);
    return u === undefined || v === undefined ? -1 : this.edgeAt(u, v);
  }

  hasEdge(source: string, target: string): boolean {
    return this.edge(source, target) >= 0;
  }

  /** u → v exists and passed the nested judgement (u's output fills a parameter of v). */
  isNested(source: string, target: string): boolean {
    const e = this.edge(source, target);
    return e >= 0 && this.edgeNested[e] === 1;
  }

  /** Out-neighbour ids in row order; allocates, so meant for the studio, not for walks. */
  outNeighbours(id: string): string[] {
    const u = this.positions.get(id);
    if (u === undefined) return [];
    const out: string[] = [];
    for (let e = this.outStart[u] ?? 0, end = this.outStart[u + 1] ?? 0; e < end; e++) {
      out.push(this.ids[this.edgeTarget[e] ?? 0] ?? "");
    }
    return out;
  }

  /** Nested out-neighbour ids (the functions Insert may add after this one); shared, do not mutate. */
  nestedNeighbours(id: string): readonly string[] {
    const u = this.positions.get(id);
    return u === undefined ? noNeighbours : (this.nestedOut[u] ?? noNeighbours);
  }
}
