import type { GraphNode } from "./types";

/**
 * Functions matching a search, best first: exact id, exact name, then name prefix, id prefix, name
 * substring, id substring, toolkit substring; ties by shorter name, then id.
 */
export function searchFunctions(nodes: readonly GraphNode[], query: string, limit = 8): GraphNode[] {
  const needle = query.trim().toLowerCase();
  if (needle === "") return [];
  const scored: { node: GraphNode; score: number }[] = [];
  for (const node of nodes) {
    const id = node.id.toLowerCase();
    const name = node.name.toLowerCase();
    const score =
      id === needle
        ? 0
        : name === needle
          ? 1
          : name.startsWith(needle)
            ? 2
            : id.startsWith(needle)
              ? 3
              : name.includes(needle)
                ? 4
                : id.includes(needle)
                  ? 5
                  : node.toolkit.toLowerCase().includes(needle)
                    ? 6
                    : -1;
    if (score >= 0) scored.push({ node, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.node.name.length - b.node.name.length ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ node }) => node);
}
