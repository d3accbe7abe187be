import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { Conflict, InvalidInput, NotFound } from "../pipeline/errors";
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
export const procedure = t.procedure.use(domainErrors);
export const createCallerFactory = t.createCallerFactory;
