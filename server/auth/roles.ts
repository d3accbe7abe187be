import { z } from "zod";

/**
 * Who may do what. Annotators shape the catalog, graph and paths; reviewers decide and correct
 * trajectories; admins (dataset owners) also run teachers, export, manage people and assignments.
 * Everyone signed in may read.
 */
export const role = z.enum(["admin", "annotator", "reviewer"]);
export type Role = z.infer<typeof role>;

export const permission = z.enum([
  "read",
  "catalog.write",
  "graph.write",
  "paths.write",
  "runs.write",
  "teachers.write",
  "review.write",
  "review.bulk",
  "assignments.manage",
  "export.write",
  "users.manage",
  "projects.write",
]);
export type Permission = z.infer<typeof permission>;

const grants: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set(permission.options),
  annotator: new Set<Permission>(["read", "catalog.write", "graph.write", "paths.write"]),
  reviewer: new Set<Permission>(["read", "review.write"]),
};

export function can(who: Role, what: Permission): boolean {
  return grants[who].has(what);
}

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  annotator: "Annotator",
  reviewer: "Reviewer",
};
