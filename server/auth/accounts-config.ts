import type { ServerEnv } from "../env";
import type { AuthSettings } from "./studio-auth";

/** The accounts library's settings from the environment, or null with accounts off. */
export function authSettings(env: ServerEnv): AuthSettings | null {
  if (env.MAGNET_ACCOUNTS === "off" || !env.MAGNET_AUTH_SECRET) return null;
  return { secret: env.MAGNET_AUTH_SECRET, ...(env.MAGNET_URL ? { baseURL: env.MAGNET_URL } : {}) };
}
