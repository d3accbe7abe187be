import type { Viewer } from "../../auth/viewer";
import type { InnerContext } from "../context";

/**
 * Who a decision is recorded under: with accounts on, the signed-in account whatever the client sent;
 * with accounts off, the name the local owner typed (one machine may still have several people).
 */
export function reviewerOf(ctx: InnerContext & { viewer: Viewer }, typed: string): string {
  return ctx.auth ? (ctx.viewer.email ?? ctx.viewer.name) : typed;
}
