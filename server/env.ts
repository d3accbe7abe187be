import { z } from "zod";
import { DEFAULT_DB_FILE } from "../db/client";

const schema = z
  .object({
    MAGNET_DB: z.string().min(1).default(DEFAULT_DB_FILE),
    /** Accounts off: one local owner, and the studio serves only on loopback. */
    MAGNET_ACCOUNTS: z.enum(["on", "off"]).default("off"),
    /** Signs session cookies; required with accounts on. */
    MAGNET_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
    /** The address people open, e.g. https://studio.example.org; without it, the request's own address. */
    MAGNET_URL: z.url().optional(),
    /** Asked of whoever creates the first admin, so that nobody else on the network can; `npm run studio` makes one. */
    MAGNET_SETUP_CODE: z.string().min(8, "must be at least 8 characters").optional(),
  })
  .refine((env) => env.MAGNET_ACCOUNTS === "off" || env.MAGNET_AUTH_SECRET !== undefined, {
    path: ["MAGNET_AUTH_SECRET"],
    message: "is required when MAGNET_ACCOUNTS=on (e.g. `openssl rand -base64 32`)",
  });

export type ServerEnv = z.infer<typeof schema>;

/** Validated server environment; read once, on first use. */
export function serverEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
