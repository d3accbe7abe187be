import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { can, type Permission } from "../auth/roles";
import { Conflict, InvalidInput, NotFound } from "../pipeline/errors";
import { recordAudit } from "../services/audit-log";
import { zodFieldPath } from "../pipeline/zod-field-path";
import type { InnerContext } from "./context";

/** Where bad input was found, sent to the client so a form can point at the field. */
export interface ErrorLocation {
  file?: string;
  record?: number;
  field?: string;
}

function locationOf(error: unknown): ErrorLocation | undefined {
  if (error instanceof InvalidInput) return error.location;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return issue ? { field: zodFieldPath(issue.path) || undefined } : undefined;
  }
  return undefined;
}

const t = initTRPC.context<InnerContext>().create({
  errorFormatter({ shape, error }) {
    const location = locationOf(error.cause);
    const conflict = error.cause instanceof Conflict ? { current: error.cause.current } : undefined;
    return { ...shape, data: { ...shape.data, ...(location ? { location } : {}), ...(conflict ? { conflict } : {}) } };
  },
});

/** The one place domain errors become tRPC errors: bad input is the caller's fault, a missing entity a 404. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof InvalidInput) throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  if (cause instanceof NotFound) throw new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
  if (cause instanceof Conflict) throw new TRPCError({ code: "CONFLICT", message: cause.message, cause });
  if (cause instanceof ZodError) {
    const issue = cause.issues[0];
    const field = issue ? zodFieldPath(issue.path) : "";
    throw new TRPCError({ code: "BAD_REQUEST", message: `${field ? `field ${field}: ` : ""}${issue?.message ?? "invalid input"}`, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** For the signed-out: whether the studio needs its first admin, who is signed in. */
export const publicProcedure = t.procedure.use(domainErrors);

/** Reading anything needs a signed-in person (with accounts off, the local owner always is). */
export const procedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in first" });
  return next({ ctx: { viewer: ctx.viewer } });
});

const projectOf = (input: unknown): number | null => {
  if (typeof input !== "object" || input === null || !("projectId" in input)) return null;
  return typeof input.projectId === "number" ? input.projectId : null;
};

/**
 * A call that needs a permission. Every refusal, and every change (done or failed), is written to the
 * audit log with the input (secrets removed) and who made it.
 */
export const allowed = (permission: Permission) =>
  procedure.use(async ({ ctx, path, type, getRawInput, next }) => {
    const input = await getRawInput().catch(() => undefined);
    const audit = (outcome: string) => recordAudit(ctx.db, { viewer: ctx.viewer, action: path, outcome, projectId: projectOf(input), input });
    if (!can(ctx.viewer.role, permission)) {
      audit("denied");
      throw new TRPCError({ code: "FORBIDDEN", message: `a ${ctx.viewer.role} may not do this (${permission})` });
    }
    const result = await next();
    if (type === "mutation") audit(result.ok ? "done" : `failed: ${result.error.message.slice(0, 200)}`);
    return result;
  });
