import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { paths } from "../../db/schema";
import { InvalidInput, NotFound } from "../pipeline/errors";
import { applyOperation, canMerge, checkPath, insertCandidates, splitCandidates, undo } from "../pipeline/operations";
import { operationContext, samplePaths, sampleSettings, type SampleSettingsInput } from "../pipeline/paths";
import { coverageCounts, createCoverage, recordPath, summarizeCoverage } from "../pipeline/sampling";
import { functionPath, operation, turn, type FunctionPath, type Operation } from "../pipeline/schemas/path";
import { getGraph } from "./graph";
import { getProject } from "./projects";

type PathRow = typeof paths.$inferSelect;

const sampleOrigin = z.object({ batch: z.number().int(), settings: z.unknown() });

function toPath(row: PathRow): FunctionPath {
  return {
    id: row.pathId,
    turns: z.array(turn).parse(JSON.parse(row.turns)),
    initial: z.array(turn).parse(JSON.parse(row.initial)),
    operations: z.array(operation).parse(JSON.parse(row.operations)),
  };
}

function contextFor(db: Db, projectId: number) {
  const graph = getGraph(db, projectId);
  return { graph, context: operationContext(graph) };
}

function nextBatch(db: Db, projectId: number): number {
  const row = db
    .select({ last: sql<number | null>`max(json_extract(${paths.origin}, '$.batch'))` })
    .from(paths)
    .where(eq(paths.projectId, projectId))
    .get();
  return (row?.last ?? 0) + 1;
}

/** Samples walks on the project's graph, applies the node operations and stores every path of the batch. */
export function samplePathsIntoProject(db: Db, projectId: number, input: SampleSettingsInput = {}) {
  getProject(db, projectId);
  const settings = sampleSettings.parse(input);
  const { graph, context } = contextFor(db, projectId);
  if (graph.edges.length === 0) throw new InvalidInput("the project's graph has no edges: build the graph first");
  const batch = nextBatch(db, projectId);
  const { paths: sampled, coverage } = samplePaths(context, settings, { idPrefix: `b${batch}-p` });
  const origin = JSON.stringify(sampleOrigin.parse({ batch, settings }));
  db.transaction((tx) => {
    for (const path of sampled) {
      tx.insert(paths)
        .values({
          projectId,
          pathId: path.id,
          turns: JSON.stringify(path.turns),
          initial: JSON.stringify(path.initial),
          operations: JSON.stringify(path.operations),
          origin,
        })
        .run();
    }
  });
  return { batch, paths: sampled.length, coverage: summarizeCoverage(coverage) };
}

export function listPaths(db: Db, projectId: number): FunctionPath[] {
  getProject(db, projectId);
  return db.select().from(paths).where(eq(paths.projectId, projectId)).orderBy(asc(paths.id)).all().map(toPath);
}

function findRow(db: Db, projectId: number, pathId: string): PathRow {
  const row = db
    .select()
    .from(paths)
    .where(and(eq(paths.projectId, projectId), eq(paths.pathId, pathId)))
    .get();
  if (!row) throw new NotFound("path", pathId);
  return row;
}

export function getPath(db: Db, projectId: number, pathId: string): FunctionPath {
  return toPath(findRow(db, projectId, pathId));
}

function store(db: Db, row: PathRow, path: FunctionPath): FunctionPath {
  db.update(paths)
    .set({
      turns: JSON.stringify(path.turns),
      operations: JSON.stringify(path.operations),
      updatedAt: new Date().toISOString(),
    })
    .where(eq(paths.id, row.id))
    .run();
  return path;
}

/** Applies one node operation to a stored path; an operation the path does not allow is refused with the reason. */
export function applyPathOperation(db: Db, projectId: number, pathId: string, input: Operation): FunctionPath {
  const op = operation.parse(input);
  const row = findRow(db, projectId, pathId);
  const { context } = contextFor(db, projectId);
  return store(db, row, applyOperation(toPath(row), op, context));
}

export function undoPathOperation(db: Db, projectId: number, pathId: string): { path: FunctionPath; undone: Operation } {
  const row = findRow(db, projectId, pathId);
  const { context } = contextFor(db, projectId);
  const { path, undone } = undo(toPath(row), context);
  return { path: store(db, row, path), undone };
}

/** Saves a path edited elsewhere (the studio's builder) after checking it against the project's graph. */
export function savePath(db: Db, projectId: number, input: FunctionPath): FunctionPath {
  const path = functionPath.parse(input);
  const row = findRow(db, projectId, path.id);
  if (JSON.stringify(path.initial) !== row.initial) throw new InvalidInput("the sampled walk of a path cannot change", { field: "initial" });
  const problems = checkPath(path, contextFor(db, projectId).context);
  if (problems.length > 0) throw new InvalidInput(problems.join("; "), { field: "turns" });
  return store(db, row, path);
}

/** How often each function and edge of the current graph is used by the stored paths. */
export function pathCoverage(db: Db, projectId: number) {
  const { context } = contextFor(db, projectId);
  const coverage = createCoverage(context.index);
  for (const path of listPaths(db, projectId)) recordPath(coverage, path);
  const counts = coverageCounts(coverage);
  // Plain objects: the pipeline's null-prototype records (safe for ids like "__proto__") cannot cross into React client components.
  return { summary: summarizeCoverage(coverage), counts: { ...counts, functions: { ...counts.functions }, edges: { ...counts.edges } } };
}

/** What the path builder may do to a path: each choice comes from the rules the operations enforce. */
export function pathChoices(db: Db, projectId: number, input: FunctionPath) {
  const path = functionPath.parse(input);
  const { context, graph } = contextFor(db, projectId);
  const reasons = new Map(graph.edges.map((e) => [`${e.source}\u0000${e.target}`, e]));
  const calls = path.turns.flatMap((t) => t.functions);
  return {
    merge: path.turns.map((_, at) => at).filter((at) => at + 1 < path.turns.length && canMerge(path, at, context)),
    insert: path.turns.flatMap((_, at) => insertCandidates(path, at, context)),
    split: path.turns.flatMap((_, at) => splitCandidates(path, at, context)),
    /** The graph edge behind each consecutive pair of calls, when there is one. */
    links: calls.slice(1).map((target, i) => {
      const source = calls[i] ?? "";
      const edge = reasons.get(`${source}\u0000${target}`);
      return { source, target, edge: edge ?? null };
    }),
  };
}

export const pathEdit = z.discriminatedUnion("action", [
  z.object({ action: z.literal("apply"), operation }),
  z.object({ action: z.literal("undo") }),
]);
export type PathEdit = z.infer<typeof pathEdit>;

/** An edit of a draft path, checked against the project's graph but not stored (the builder saves explicitly). */
export function previewPathEdit(db: Db, projectId: number, input: FunctionPath, edit: PathEdit): { path: FunctionPath; undone?: Operation } {
  const path = functionPath.parse(input);
  const { context } = contextFor(db, projectId);
  if (edit.action === "undo") return undo(path, context);
  return { path: applyOperation(path, edit.operation, context) };
}
