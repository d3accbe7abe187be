import "server-only";
import { studioDb } from "../db";
import { serverEnv } from "../env";
import { authSettings } from "./accounts-config";
import { studioAuth, type StudioAuth } from "./studio-auth";

/** The studio's accounts library, or null when accounts are off. */
export function studioAccounts(): StudioAuth | null {
  const settings = authSettings(serverEnv());
  return settings ? studioAuth(studioDb(), settings) : null;
}
