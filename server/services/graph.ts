import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { graphBuilds, graphEdges } from "../../db/schema";
import { InvalidInput, NotFound } from "../pipeline/errors";
import { buildGraph } from "../pipeline/graph";
import { createRandom } from "../pipeline/random";
import {
  edgeEvidence,
  edgeKind,
  edgeOrigin,
  type DependencyGraph,
  type EdgeKind,
  type GraphEdge,
} from "../pipeline/schemas/graph";
import { listFunctions } from "./catalogs";

export const graphSettings = z.object({
  candidates: z.number().int().min(1).max(500).default(30),
  seed: z.number().int().default(1),
});
export type GraphSettings = z.input<typeof graphSettings>;

type EdgeRow = typeof graphEdges.$inferSelect;

function toEdge(row: EdgeRow): GraphEdge {
  return {
    source: row.source,
    target: row.target,
    kind: edgeKind.parse(row.kind),
    weight: row.weight,
    nested: row.nested,
    evidence: edgeEvidence.parse(JSON.parse(row.evidence)),
    origin: edgeOrigin.parse(row.origin),
  };
}

function toRow(projectId: number, edge: GraphEdge) {
  return { projectId, ...edge, evidence: JSON.stringify(edge.evidence) };
}

/** The project's graph as annotators see it: rebuilt edges, annotator edits applied, removed edges hidden. */
export function getGraph(db: Db, projectId: number): DependencyGraph {
  const nodes = listFunctions(db, projectId).map(({ id, name, toolkit, category, parameters }) => ({
    id,
    name,
    toolkit,
    category,
    required: parameters.required,
  }));
  const edges = db
    .select()
    .from(graphEdges)
    .where(and(eq(graphEdges.projectId, projectId), eq(graphEdges.removed, false)))
    .all()
    .map(toEdge);
  return { nodes, edges };
}

/**
 * Rebuilds the automatic edges with the offline scorer. Annotator rows (added, re-weighted or removed)
 * are kept and win over what the scorer finds for the same pair.
 */
export function rebuildGraph(db: Db, projectId: number, settings: GraphSettings = {}) {
  const { candidates, seed } = graphSettings.parse(settings);
  const built = buildGraph(listFunctions(db, projectId), { candidates, random: createRandom(seed) });
  return replaceBuiltEdges(db, projectId, built, { candidates, seed });
}

/** Stores a freshly built graph's edges in place of the previous build's; annotator rows stay and win. */
export function replaceBuiltEdges(db: Db, projectId: number, { nodes, edges }: DependencyGraph, settings: Record<string, unknown>) {
  return db.transaction((tx) => {
    tx.delete(graphEdges)
      .where(and(eq(graphEdges.projectId, projectId), ne(graphEdges.origin, "annotator")))
      .run();
    for (const edge of edges) {
      tx.insert(graphEdges).values(toRow(projectId, edge)).onConflictDoNothing().run();
    }
    tx.insert(graphBuilds)
      .values({ projectId, settings: JSON.stringify(settings), edgeCount: edges.length })
      .run();
    return { functions: nodes.length, edges: edges.length };
  });
}

function requireNodes(db: Db, projectId: number, source: string, target: string): void {
  const ids = new Set(listFunctions(db, projectId).map((f) => f.id));
  for (const [field, id] of [["source", source], ["target", target]] as const) {
    if (!ids.has(id)) throw new InvalidInput(`no function ${JSON.stringify(id)} in this project`, { field });
  }
  if (source === target) throw new InvalidInput("an edge cannot join a function to itself", { field: "target" });
}

export const annotatorEdge = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  kind: edgeKind.default("exact_input"),
  weight: z.number().min(0).max(1).default(1),
  nested: z.boolean().default(false),
  reason: z.string().max(2000).optional(),
});
export type AnnotatorEdgeInput = z.input<typeof annotatorEdge>;

/** Adds (or replaces) an edge as an annotator: it survives rebuilds. */
export function addEdge(db: Db, projectId: number, input: AnnotatorEdgeInput): GraphEdge {
  const parsed = annotatorEdge.parse(input);
  requireNodes(db, projectId, parsed.source, parsed.target);
  const edge: GraphEdge = {
    source: parsed.source,
    target: parsed.target,
    kind: parsed.kind,
    weight: parsed.weight,
    nested: parsed.nested,
    evidence: { fields: [], terms: [], reason: parsed.reason ?? "added by an annotator" },
    origin: "annotator",
  };
  db.insert(graphEdges)
    .values({ ...toRow(projectId, edge), removed: false })
    .onConflictDoUpdate({
      target: [graphEdges.projectId, graphEdges.source, graphEdges.target],
      set: { ...toRow(projectId, edge), removed: false, updatedAt: new Date().toISOString() },
    })
    .run();
  return edge;
}

function findEdge(db: Db, projectId: number, source: string, target: string): EdgeRow {
  const row = db
    .select()
    .from(graphEdges)
    .where(and(eq(graphEdges.projectId, projectId), eq(graphEdges.source, source), eq(graphEdges.target, target)))
    .get();
  if (!row || row.removed) throw new NotFound("edge", `${source} -> ${target}`);
  return row;
}

/** Removes an edge as an annotator; a tombstone keeps a rebuild from bringing it back. */
export function removeEdge(db: Db, projectId: number, source: string, target: string): void {
  const row = findEdge(db, projectId, source, target);
  db.update(graphEdges)
    .set({ removed: true, origin: "annotator", updatedAt: new Date().toISOString() })
    .where(eq(graphEdges.id, row.id))
    .run();
}

/** Changes an edge's weight (and optionally kind) as an annotator. */
export function reweightEdge(
  db: Db,
  projectId: number,
  change: { source: string; target: string; weight: number; kind?: EdgeKind },
): GraphEdge {
  const weight = z.number().min(0).max(1).safeParse(change.weight);
  if (!weight.success) throw new InvalidInput("weight must be a number from 0 to 1", { field: "weight" });
  const row = findEdge(db, projectId, change.source, change.target);
  const updated = db
    .update(graphEdges)
    .set({ weight: weight.data, kind: change.kind ?? row.kind, origin: "annotator", updatedAt: new Date().toISOString() })
    .where(eq(graphEdges.id, row.id))
    .returning()
    .get();
  return toEdge(updated);
}
