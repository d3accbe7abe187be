import { createHash, timingSafeEqual } from "node:crypto";
import { APIError } from "better-auth/api";
import { asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { authSessions, authUsers } from "../../db/schema";
import { role, type Role } from "../auth/roles";
import { MIN_PASSWORD_LENGTH, type StudioAuth } from "../auth/studio-auth";
import { InvalidInput, NotFound } from "../pipeline/errors";

export const newAccount = z.object({
  name: z.string().trim().min(1, "give a name").max(100),
  email: z.email("give an email address").max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`).max(128),
});
export type NewAccount = z.infer<typeof newAccount>;

const userCount = (db: Db) => db.select({ n: count() }).from(authUsers).get()?.n ?? 0;

/** Compared in constant time, so the code cannot be guessed a character at a time. */
const digest = (text: string) => createHash("sha256").update(text).digest();
const sameText = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** With accounts on and nobody registered yet, the first visitor creates the admin. */
export function needsFirstAdmin(db: Db): boolean {
  return userCount(db) === 0;
}

async function signUp(auth: StudioAuth, account: NewAccount): Promise<string> {
  try {
    const created = await auth.api.signUpEmail({ body: { name: account.name, email: account.email, password: account.password } });
    return created.user.id;
  } catch (error) {
    if (error instanceof APIError) {
      const message = error.body?.message ?? error.message;
      const field = /password/i.test(message) ? "password" : /email|user/i.test(message) ? "email" : undefined;
      throw new InvalidInput(message, field ? { field } : undefined);
    }
    throw error;
  }
}

/** Creates an account with a role; better-auth hashes the password (scrypt) and stores the credential. */
export async function createAccount(db: Db, auth: StudioAuth, account: NewAccount, as: Role) {
  const id = await signUp(auth, account);
  db.update(authUsers).set({ role: as, updatedAt: new Date() }).where(eq(authUsers.id, id)).run();
  return { id, name: account.name, email: account.email, role: as };
}

/**
 * The first-run setup, with the code the studio printed at start: refused once anyone exists. Two visitors racing both pass the first check; the
 * later one finds two accounts and removes its own, so there is only ever one first admin.
 */
export async function createFirstAdmin(db: Db, auth: StudioAuth, account: NewAccount, code: { expected: string | null; given: string }) {
  if (!needsFirstAdmin(db)) throw new InvalidInput("the studio already has its admin; sign in instead");
  if (code.expected === null) throw new InvalidInput("no setup code is configured: start the studio with `npm run studio` (it prints one) or set MAGNET_SETUP_CODE");
  if (!sameText(code.given, code.expected)) throw new InvalidInput("wrong setup code: use the one the studio printed when it started", { field: "setupCode" });
  const admin = await createAccount(db, auth, account, "admin");
  const first = db.select({ id: authUsers.id }).from(authUsers).orderBy(asc(authUsers.createdAt), asc(authUsers.id)).limit(1).get();
  if (first?.id !== admin.id) {
    db.delete(authUsers).where(eq(authUsers.id, admin.id)).run();
    throw new InvalidInput("the studio already has its admin; sign in instead");
  }
  return admin;
}

export function listAccounts(db: Db) {
  return db
    .select({ id: authUsers.id, name: authUsers.name, email: authUsers.email, role: authUsers.role, createdAt: authUsers.createdAt })
    .from(authUsers)
    .orderBy(asc(authUsers.name))
    .all()
    .map((user) => ({ ...user, role: role.catch("reviewer").parse(user.role), createdAt: user.createdAt.toISOString() }));
}

function requireAccount(db: Db, id: string) {
  const user = db.select({ id: authUsers.id, role: authUsers.role }).from(authUsers).where(eq(authUsers.id, id)).get();
  if (!user) throw new NotFound("account", id);
  return user;
}

const adminCount = (db: Db) => db.select({ n: count() }).from(authUsers).where(eq(authUsers.role, "admin")).get()?.n ?? 0;

/** The studio always keeps one admin: the last cannot be demoted or removed. */
export function setAccountRole(db: Db, id: string, to: Role) {
  return db.transaction((tx) => {
    const user = requireAccount(tx, id);
    if (user.role === "admin" && to !== "admin" && adminCount(tx) === 1) throw new InvalidInput("this is the last admin; make someone else admin first", { field: "role" });
    tx.update(authUsers).set({ role: to, updatedAt: new Date() }).where(eq(authUsers.id, id)).run();
    return { id, role: to };
  });
}

/** Removes an account and signs it out everywhere; its reviews stay in the history under its name. */
export function removeAccount(db: Db, id: string, by: string) {
  if (id === by) throw new InvalidInput("you cannot remove your own account");
  return db.transaction((tx) => {
    const user = requireAccount(tx, id);
    if (user.role === "admin" && adminCount(tx) === 1) throw new InvalidInput("this is the last admin; make someone else admin first");
    tx.delete(authSessions).where(eq(authSessions.userId, id)).run();
    tx.delete(authUsers).where(eq(authUsers.id, id)).run();
    return { id };
  });
}
