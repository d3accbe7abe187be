import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "../../db/client";
import { authAccounts, authSessions, authUsers, authVerifications } from "../../db/schema";

export interface AuthSettings {
  secret: string;
  /** The studio's public address; without it better-auth takes each request's own. */
  baseURL?: string;
}

export const MIN_PASSWORD_LENGTH = 10;

/** Sign-in attempts per address and minute before better-auth answers 429. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

function createStudioAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    secret: settings.secret,
    ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: { user: authUsers, session: authSessions, account: authAccounts, verification: authVerifications },
    }),
    // Accounts are created by an admin (or the first-run setup) through the studio's services; the auth
    // route exposes sign-in and sign-out only, so the sign-up endpoint is reachable from the server alone.
    emailAndPassword: { enabled: true, autoSignIn: false, minPasswordLength: MIN_PASSWORD_LENGTH },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "reviewer", input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, storage: "memory", window: 60, max: 100, customRules: { "/sign-in/email": SIGN_IN_LIMIT } },
    telemetry: { enabled: false },
  });
}

export type StudioAuth = ReturnType<typeof createStudioAuth>;

const instances = new WeakMap<Db, StudioAuth>();

/** One better-auth instance per database: tests each have their own file, the studio has one. */
export function studioAuth(db: Db, settings: AuthSettings): StudioAuth {
  let auth = instances.get(db);
  if (!auth) {
    auth = createStudioAuth(db, settings);
    instances.set(db, auth);
  }
  return auth;
}
