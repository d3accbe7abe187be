import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const projects = sqliteTable("projects", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  createdAt: createdAt(),
});

/** One imported file; its functions are stored in `functions`. */
export const catalogs = sqliteTable(
  "catalogs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    file: text("file").notNull(),
    format: text("format").notNull(),
    records: integer("records").notNull(),
    functionCount: integer("function_count").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("catalogs_project").on(t.projectId)],
);

export const functions = sqliteTable(
  "functions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    catalogId: integer("catalog_id")
      .notNull()
      .references(() => catalogs.id, { onDelete: "cascade" }),
    /** FunctionSpec.id: unique within a project. */
    functionId: text("function_id").notNull(),
    name: text("name").notNull(),
    toolkit: text("toolkit").notNull(),
    category: text("category").notNull(),
    /** The normalized FunctionSpec as JSON. */
    spec: text("spec").notNull(),
    /** The record exactly as the source file had it, as JSON. */
    original: text("original").notNull(),
  },
  (t) => [uniqueIndex("functions_project_function").on(t.projectId, t.functionId), index("functions_catalog").on(t.catalogId)],
);

/**
 * Edges of a project's dependency graph. Annotator rows (origin `annotator`) win over rebuilt ones;
 * `removed` marks an edge an annotator deleted so that a rebuild does not bring it back.
 */
export const graphEdges = sqliteTable(
  "graph_edges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    target: text("target").notNull(),
    kind: text("kind").notNull(),
    weight: real("weight").notNull(),
    nested: integer("nested", { mode: "boolean" }).notNull(),
    evidence: text("evidence").notNull(),
    origin: text("origin").notNull(),
    removed: integer("removed", { mode: "boolean" }).notNull().default(false),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex("graph_edges_pair").on(t.projectId, t.source, t.target)],
);

/** The settings of a project's last graph build. */
export const graphBuilds = sqliteTable("graph_builds", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  settings: text("settings").notNull(),
  edgeCount: integer("edge_count").notNull(),
  createdAt: createdAt(),
});

export const paths = sqliteTable(
  "paths",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** FunctionPath.id: unique within a project. */
    pathId: text("path_id").notNull(),
    turns: text("turns").notNull(),
    initial: text("initial").notNull(),
    operations: text("operations").notNull(),
    /** The sampling settings (strategy, seed, steps) that produced the walk. */
    origin: text("origin").notNull(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex("paths_project_path").on(t.projectId, t.pathId)],
);
