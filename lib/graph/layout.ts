import dagre from "@dagrejs/dagre";

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  /** Heavier edges are kept first when the layout skeleton is thinned. */
  weight?: number;
}

export interface LayoutOptions {
  /** Space between nodes of one rank. */
  nodesep?: number;
  /** Space between ranks (left to right). */
  ranksep?: number;
  /** Space between separately laid-out connected components. */
  gap?: number;
  /**
   * Incoming edges per node that shape the layout (the heaviest ones). Dense graphs make dagre slow
   * (seconds for 800 edges) and unreadable; every edge is still drawn, only the ranks come from these.
   */
  maxInEdges?: number;
  /** Width / height the packed components aim at. */
  aspect?: number;
  /** dagre's ranking algorithm. */
  ranker?: "network-simplex" | "tight-tree" | "longest-path";
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  /** Top-left corner of each node (React Flow's `position`). */
  positions: Map<string, Point>;
  width: number;
  height: number;
}

const DEFAULTS = { nodesep: 24, ranksep: 90, gap: 60, maxInEdges: 2, aspect: 1.8, ranker: "network-simplex" } satisfies Required<LayoutOptions>;

/** The heaviest `max` incoming edges of each node (ties by source id), without self-loops or unknown ends. */
export function layoutSkeleton(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], max: number): LayoutEdge[] {
  const known = new Set(nodes.map((node) => node.id));
  const incoming = new Map<string, LayoutEdge[]>();
  const seen = new Set<string>();
  for (const edge of edges) {
    if (edge.source === edge.target || !known.has(edge.source) || !known.has(edge.target)) continue;
    const key = `${edge.source}\u0000${edge.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let list = incoming.get(edge.target);
    if (list === undefined) incoming.set(edge.target, (list = []));
    list.push(edge);
  }
  const kept: LayoutEdge[] = [];
  for (const node of nodes) {
    const list = incoming.get(node.id);
    if (list === undefined) continue;
    list.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    kept.push(...list.slice(0, max));
  }
  return kept;
}

/** Weakly connected components, each in the nodes' given order; components in order of their first node. */
function components(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutNode[][] {
  const parent = new Map(nodes.map((node) => [node.id, node.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let at = id; at !== root; ) {
      const up = parent.get(at) ?? root;
      parent.set(at, root);
      at = up;
    }
    return root;
  };
  for (const edge of edges) {
    const a = find(edge.source);
    const b = find(edge.target);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, LayoutNode[]>();
  for (const node of nodes) {
    const root = find(node.id);
    let group = groups.get(root);
    if (group === undefined) groups.set(root, (group = []));
    group.push(node);
  }
  return [...groups.values()];
}

interface Block {
  nodes: LayoutNode[];
  /** Positions relative to the block's top-left corner. */
  positions: Map<string, Point>;
  width: number;
  height: number;
}

function layoutComponent(nodes: LayoutNode[], edges: readonly LayoutEdge[], options: Required<LayoutOptions>): Block {
  const only = nodes[0];
  if (nodes.length === 1 && only) {
    return { nodes, positions: new Map([[only.id, { x: 0, y: 0 }]]), width: only.width, height: only.height };
  }
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: "LR", nodesep: options.nodesep, ranksep: options.ranksep, marginx: 0, marginy: 0, ranker: options.ranker });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) graph.setEdge(edge.source, edge.target, { weight: Math.max(1, Math.round((edge.weight ?? 0) * 10)) });
  dagre.layout(graph);
  const positions = new Map<string, Point>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const placed = graph.node(node.id) as { x?: number; y?: number } | undefined;
    const x = (placed?.x ?? 0) - node.width / 2;
    const y = (placed?.y ?? 0) - node.height / 2;
    positions.set(node.id, { x, y });
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + node.width);
    maxY = Math.max(maxY, y + node.height);
  }
  for (const [id, point] of positions) positions.set(id, { x: point.x - minX, y: point.y - minY });
  return { nodes, positions, width: maxX - minX, height: maxY - minY };
}

/**
 * Left-to-right layered layout (dagre) of each connected component, the components then packed in
 * rows, biggest first, so that a graph of many small islands stays roughly `aspect` wide.
 * Deterministic: the same input gives the same positions.
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions = {}): Layout {
  const settings = { ...DEFAULTS, ...options };
  const skeleton = layoutSkeleton(nodes, edges, settings.maxInEdges);
  const edgesOf = new Map<string, LayoutEdge[]>();
  const groups = components(nodes, skeleton);
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => group.forEach((node) => groupOf.set(node.id, index)));
  for (const edge of skeleton) {
    const key = String(groupOf.get(edge.source));
    let list = edgesOf.get(key);
    if (list === undefined) edgesOf.set(key, (list = []));
    list.push(edge);
  }
  const blocks = groups
    .map((group, index) => layoutComponent(group, edgesOf.get(String(index)) ?? [], settings))
    .sort((a, b) => b.nodes.length - a.nodes.length || b.height - a.height);

  const area = blocks.reduce((sum, block) => sum + (block.width + settings.gap) * (block.height + settings.gap), 0);
  const rowWidth = Math.max(Math.sqrt(area * settings.aspect), ...blocks.map((block) => block.width));
  const positions = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > rowWidth) {
      y += rowHeight + settings.gap;
      x = 0;
      rowHeight = 0;
    }
    for (const [id, point] of block.positions) positions.set(id, { x: x + point.x, y: y + point.y });
    width = Math.max(width, x + block.width);
    rowHeight = Math.max(rowHeight, block.height);
    x += block.width + settings.gap;
  }
  return { positions, width, height: y + rowHeight };
}
