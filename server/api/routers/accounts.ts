import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { role } from "../../auth/roles";
import { listAudit } from "../../services/audit-log";
import { createAccount, createFirstAdmin, listAccounts, needsFirstAdmin, newAccount, removeAccount, setAccountRole } from "../../services/accounts";
import type { InnerContext } from "../context";
import { allowed, procedure, publicProcedure, router } from "../trpc";

function requireAuth(ctx: InnerContext) {
  if (!ctx.auth) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "accounts are off: set MAGNET_ACCOUNTS=on to add people" });
  return ctx.auth;
}

const accountId = z.object({ id: z.string().min(1) });

export const accountsRouter = router({
  /** What the sign-in page needs: are accounts on, is the first admin still to be made, who is signed in. */
  status: publicProcedure.query(({ ctx }) => ({
    accounts: ctx.auth !== null,
    needsFirstAdmin: ctx.auth !== null && needsFirstAdmin(ctx.db),
    viewer: ctx.viewer,
  })),
  setup: publicProcedure
    .input(newAccount.extend({ setupCode: z.string().max(200) }))
    .mutation(({ ctx, input }) => createFirstAdmin(ctx.db, requireAuth(ctx), input, { expected: ctx.setupCode, given: input.setupCode })),
  list: allowed("users.manage").query(({ ctx }) => listAccounts(ctx.db)),
  create: allowed("users.manage")
    .input(newAccount.extend({ role }))
    .mutation(({ ctx, input }) => createAccount(ctx.db, requireAuth(ctx), input, input.role)),
  setRole: allowed("users.manage")
    .input(accountId.extend({ role }))
    .mutation(({ ctx, input }) => setAccountRole(ctx.db, input.id, input.role)),
  remove: allowed("users.manage")
    .input(accountId)
    .mutation(({ ctx, input }) => removeAccount(ctx.db, input.id, ctx.viewer.id)),
  audit: procedure
    // `cursor`: the id entries must be older than, as tRPC's infinite queries name it.
    .input(z.object({ projectId: z.number().int().positive().optional(), actorId: z.string().optional(), cursor: z.number().int().positive().nullish(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => {
      // Everyone may read their own trail; the whole log is the admin's.
      const actorId = ctx.viewer.role === "admin" ? input.actorId : ctx.viewer.id;
      return listAudit(ctx.db, { projectId: input.projectId, actorId, before: input.cursor ?? undefined, limit: input.limit });
    }),
});
