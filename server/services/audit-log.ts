import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditLog } from "../../db/schema";
import { auditDetail } from "../auth/audit-detail";
import type { Viewer } from "../auth/viewer";

export interface AuditEntry {
  viewer: Viewer;
  action: string;
  outcome: string;
  projectId: number | null;
  input: unknown;
}

/** Appends one entry; the log is never updated or deleted from. */
export function recordAudit(db: Db, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      actorId: entry.viewer.id,
      actor: entry.viewer.email ?? entry.viewer.name,
      role: entry.viewer.role,
      action: entry.action,
      outcome: entry.outcome,
      projectId: entry.projectId,
      detail: entry.input === undefined ? null : JSON.stringify(auditDetail(entry.input)),
    })
    .run();
}

export interface AuditQuery {
  projectId?: number;
  actorId?: string;
  /** Entries older than this id: the next page. */
  before?: number;
  limit: number;
}

/** Newest first. */
export function listAudit(db: Db, query: AuditQuery) {
  const where: SQL[] = [];
  if (query.projectId !== undefined) where.push(eq(auditLog.projectId, query.projectId));
  if (query.actorId !== undefined) where.push(eq(auditLog.actorId, query.actorId));
  if (query.before !== undefined) where.push(lt(auditLog.id, query.before));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(query.limit)
    .all();
}
