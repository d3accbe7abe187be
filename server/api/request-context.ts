import "server-only";
import { studioDb } from "../db";
import { createInnerContext, type InnerContext } from "./context";

/** The outer context: built per request from the inner one. */
export function createRequestContext(_req: Request): InnerContext {
  return createInnerContext(studioDb());
}
