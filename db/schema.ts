import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** Set on insert; services set it again on every update. */
const updatedAt = () =>
  text("updated_at")
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

/**
 * Teacher answers by content hash of (backend, model, messages, tools, parameters). Only successful,
 * parsed answers are stored: a failure is never cached.
 */
export const teacherCache = sqliteTable("teacher_cache", {
  key: text("key").primaryKey(),
  backend: text("backend").notNull(),
  model: text("model").notNull(),
  text: text("text").notNull(),
  promptTokens: integer("prompt_tokens").notNull(),
  completionTokens: integer("completion_tokens").notNull(),
  createdAt: createdAt(),
});

/** A generation run: a stored configuration processed item by item; it resumes where it stopped. */
export const runs = sqliteTable("runs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
  /** The run's configuration (paths source, teacher, executors, counts, seed) as JSON. */
  config: text("config").notNull(),
  status: text("status").notNull(),
  total: integer("total").notNull(),
  promptTokens: integer("prompt_tokens").notNull().default(0),
  completionTokens: integer("completion_tokens").notNull().default(0),
  requests: integer("requests").notNull().default(0),
  costUsd: real("cost_usd").notNull().default(0),
  /** The process that last set the run going, as `pid@host`: when it is gone, the run was interrupted. */
  owner: text("owner"),
  createdAt: createdAt(),
  updatedAt: createdAt(),
});

/** One path of a run: its trajectories once done, or the failure with the teacher's raw text. */
export const runItems = sqliteTable(
  "run_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: integer("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    /** Position of the item in the run's input, which fixes the output order. */
    position: integer("position").notNull(),
    pathId: text("path_id").notNull(),
    /** The FunctionPath as JSON. */
    path: text("path").notNull(),
    status: text("status").notNull(),
    /** Trajectories (JSON array) when done. */
    result: text("result"),
    error: text("error"),
    raw: text("raw"),
    attempts: integer("attempts").notNull().default(0),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex("run_items_run_position").on(t.runId, t.position), index("run_items_status").on(t.runId, t.status)],
);

/** Studio-wide key/value settings; e.g. that the demo project was seeded once, so deleting it does not bring it back. */
export const studioSettings = sqliteTable("studio_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * An OpenAI-compatible teacher endpoint the studio may use. The key is write-only: services never
 * return it, only whether one is set.
 */
export const teacherProfiles = sqliteTable("teacher_profiles", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  baseUrl: text("base_url").notNull(),
  model: text("model").notNull(),
  apiKey: text("api_key"),
  /** USD per million tokens. */
  inputPrice: real("input_price"),
  outputPrice: real("output_price"),
  concurrency: integer("concurrency").notNull().default(8),
  timeoutMs: integer("timeout_ms"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * One trajectory of a run as a reviewable record; its columns are derived from the Trajectory for
 * filtering and paging, and the Trajectory itself is in `trajectory_data`. `version` grows with every
 * decision or edit so that concurrent reviewers are told rather than silently overwritten.
 */
export const trajectories = sqliteTable(
  "trajectories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: integer("run_id")
      .notNull()
      .references(() => runs.id, { onDelete: "cascade" }),
    itemId: integer("item_id")
      .notNull()
      .references(() => runItems.id, { onDelete: "cascade" }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    /** Trajectory.id: unique within a run. */
    trajectoryId: text("trajectory_id").notNull(),
    pathId: text("path_id").notNull(),
    /** The run item's position, then the trajectory's index in the item: the run's output order. */
    position: integer("position").notNull(),
    seq: integer("seq").notNull(),
    polarity: text("polarity").notNull(),
    errorType: text("error_type"),
    /** Space-separated, with a space at each end, so `LIKE '% x %'` matches one whole word. */
    turnKinds: text("turn_kinds").notNull(),
    operations: text("operations").notNull(),
    toolkits: text("toolkits").notNull(),
    failedChecks: text("failed_checks").notNull(),
    turnCount: integer("turn_count").notNull(),
    /** Lower-cased queries and function names for text search. */
    searchText: text("search_text").notNull(),
    status: text("status").notNull().default("pending"),
    /** Per-turn review status as a JSON array (one entry per turn). */
    turnStatus: text("turn_status").notNull().default("[]"),
    version: integer("version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("trajectories_run_trajectory").on(t.runId, t.trajectoryId),
    index("trajectories_project_status").on(t.projectId, t.status, t.id),
    index("trajectories_run_order").on(t.runId, t.position, t.seq),
    index("trajectories_item").on(t.itemId),
  ],
);

/**
 * A reviewable record's Trajectory as JSON, with reviewers' edits applied (the run item keeps the
 * original). Kept apart so that filtering the queue reads small rows, not kilobytes of JSON each.
 */
export const trajectoryData = sqliteTable("trajectory_data", {
  trajectoryRowId: integer("trajectory_row_id")
    .primaryKey()
    .references(() => trajectories.id, { onDelete: "cascade" }),
  data: text("data").notNull(),
});

/** Every decision, comment and edit, never overwritten: the history of a trajectory's review. */
export const reviewDecisions = sqliteTable(
  "review_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    trajectoryRowId: integer("trajectory_row_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    /** The turn decided or edited; null for the whole trajectory. */
    turn: integer("turn"),
    action: text("action").notNull(),
    comment: text("comment"),
    reviewer: text("reviewer").notNull(),
    /** The trajectory's version this decision produced. */
    version: integer("version").notNull(),
    /** For edits: the turn before and after, as JSON. */
    before: text("before"),
    after: text("after"),
    createdAt: createdAt(),
  },
  (t) => [index("review_decisions_trajectory").on(t.trajectoryRowId, t.id), index("review_decisions_created").on(t.createdAt)],
);

/** An export written from the studio: its settings, and the files and card in its folder. */
export const exports = sqliteTable("exports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  settings: text("settings").notNull(),
  /** The summary the export engine returned (files, counts, mixture achieved), as JSON. */
  summary: text("summary").notNull(),
  createdAt: createdAt(),
});

/*
 * Accounts, stored through better-auth's drizzle adapter: the adapter reads and writes these four tables
 * under its model names (user, session, account, verification), with better-auth's field names.
 */
const authTime = (name: string) => integer(name, { mode: "timestamp_ms" });

export const authUsers = sqliteTable("auth_users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  /** admin | annotator | reviewer; set only by the studio's services, never by the person signing up. */
  role: text("role").notNull().default("reviewer"),
  createdAt: authTime("created_at").notNull(),
  updatedAt: authTime("updated_at").notNull(),
});

export const authSessions = sqliteTable(
  "auth_sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: authTime("expires_at").notNull(),
    token: text("token").notNull().unique(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    createdAt: authTime("created_at").notNull(),
    updatedAt: authTime("updated_at").notNull(),
  },
  (t) => [index("auth_sessions_user").on(t.userId)],
);

export const authAccounts = sqliteTable(
  "auth_accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: authTime("access_token_expires_at"),
    refreshTokenExpiresAt: authTime("refresh_token_expires_at"),
    scope: text("scope"),
    /** A scrypt hash, as better-auth writes it. */
    password: text("password"),
    createdAt: authTime("created_at").notNull(),
    updatedAt: authTime("updated_at").notNull(),
  },
  (t) => [index("auth_accounts_user").on(t.userId)],
);

export const authVerifications = sqliteTable("auth_verifications", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: authTime("expires_at").notNull(),
  createdAt: authTime("created_at").notNull(),
  updatedAt: authTime("updated_at").notNull(),
});

/**
 * One reviewer's independent review of one record, when records are spread across reviewers: the
 * reviewer's own verdict on the whole and per turn, kept apart from the record's status so that N
 * reviewers never overwrite each other and their agreement can be measured.
 */
export const reviewAssignments = sqliteTable(
  "review_assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    trajectoryRowId: integer("trajectory_row_id")
      .notNull()
      .references(() => trajectories.id, { onDelete: "cascade" }),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    /** accepted | rejected | needs-edit, or null while the reviewer has not decided. */
    decision: text("decision"),
    /** The reviewer's verdict per turn as a JSON array (null where undecided). */
    turnDecisions: text("turn_decisions").notNull().default("[]"),
    decidedAt: text("decided_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("review_assignments_record_reviewer").on(t.trajectoryRowId, t.reviewerId),
    index("review_assignments_reviewer").on(t.reviewerId, t.projectId, t.decidedAt),
    index("review_assignments_project").on(t.projectId, t.trajectoryRowId),
  ],
);

/** Who changed what, when: every successful mutation, and every refused one, never updated or deleted. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id"),
    actor: text("actor").notNull(),
    role: text("role").notNull(),
    action: text("action").notNull(),
    outcome: text("outcome").notNull(),
    projectId: integer("project_id"),
    /** The request's input with secrets removed, as JSON. */
    detail: text("detail"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_project").on(t.projectId, t.id), index("audit_log_actor").on(t.actorId, t.id)],
);
