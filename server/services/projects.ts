import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { catalogs, functions, graphEdges, paths, projects, trajectories } from "../../db/schema";
import { InvalidInput, NotFound } from "../pipeline/errors";

export const projectName = z
  .string()
  .trim()
  .min(1, "a project name cannot be empty")
  .max(100, "a project name has at most 100 characters");

export interface ProjectSummary {
  id: number;
  name: string;
  createdAt: string;
  counts: { catalogs: number; functions: number; edges: number; paths: number; trajectories: number; accepted: number };
}

function parseName(name: string): string {
  const parsed = projectName.safeParse(name);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues[0]?.message ?? "invalid name", { field: "name" });
  return parsed.data;
}

const countOf = (table: typeof catalogs | typeof functions | typeof paths | typeof trajectories, projectId: number) =>
  sql<number>`(select count(*) from ${table} where ${table.projectId} = ${projectId})`;

export function listProjects(db: Db): ProjectSummary[] {
  return db
    .select()
    .from(projects)
    .orderBy(asc(projects.name))
    .all()
    .map((p) => ({ ...p, counts: projectCounts(db, p.id) }));
}

export function projectCounts(db: Db, projectId: number): ProjectSummary["counts"] {
  const row = db
    .select({
      catalogs: countOf(catalogs, projectId),
      functions: countOf(functions, projectId),
      paths: countOf(paths, projectId),
      edges: sql<number>`(select count(*) from ${graphEdges} where ${graphEdges.projectId} = ${projectId} and ${graphEdges.removed} = 0)`,
      trajectories: countOf(trajectories, projectId),
      accepted: sql<number>`(select count(*) from ${trajectories} where ${trajectories.projectId} = ${projectId} and ${trajectories.status} = 'accepted')`,
    })
    .from(sql`(select 1)`)
    .get();
  return row ?? { catalogs: 0, functions: 0, edges: 0, paths: 0, trajectories: 0, accepted: 0 };
}

export function getProject(db: Db, id: number): { id: number; name: string; createdAt: string } {
  const row = db.select().from(projects).where(eq(projects.id, id)).get();
  if (!row) throw new NotFound("project", String(id));
  return row;
}

export function findProjectByName(db: Db, name: string): { id: number; name: string } | undefined {
  return db.select().from(projects).where(eq(projects.name, parseName(name))).get();
}

export function createProject(db: Db, name: string): { id: number; name: string } {
  const clean = parseName(name);
  if (findProjectByName(db, clean)) throw new InvalidInput(`a project named ${JSON.stringify(clean)} already exists`, { field: "name" });
  const row = db.insert(projects).values({ name: clean }).returning().get();
  return { id: row.id, name: row.name };
}

export function getOrCreateProject(db: Db, name: string): { id: number; name: string; created: boolean } {
  const found = findProjectByName(db, name);
  return found ? { ...found, created: false } : { ...createProject(db, name), created: true };
}

export function renameProject(db: Db, id: number, name: string): void {
  getProject(db, id);
  const clean = parseName(name);
  const other = findProjectByName(db, clean);
  if (other && other.id !== id) throw new InvalidInput(`a project named ${JSON.stringify(clean)} already exists`, { field: "name" });
  db.update(projects).set({ name: clean }).where(eq(projects.id, id)).run();
}

export function deleteProject(db: Db, id: number): void {
  getProject(db, id);
  db.delete(projects).where(eq(projects.id, id)).run();
}
