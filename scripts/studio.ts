import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { openDatabase } from "../db/client";
import { bindingRefusal } from "../server/auth/loopback";
import { serverEnv } from "../server/env";
import { needsFirstAdmin } from "../server/services/accounts";

/**
 * Quick start: build once when there is no production build, then serve, on loopback unless HOST says
 * otherwise, which needs accounts on.
 */
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";

let settings;
try {
  settings = serverEnv();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
const refusal = bindingRefusal(host, settings.MAGNET_ACCOUNTS === "on");
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  process.exit(2);
}

if (settings.MAGNET_ACCOUNTS === "on" && !settings.MAGNET_SETUP_CODE) {
  const database = openDatabase(settings.MAGNET_DB);
  const first = needsFirstAdmin(database.db);
  database.close();
  if (first) {
    // Whoever reaches the studio first creates its admin: this code, seen only on this console, must be given.
    env.MAGNET_SETUP_CODE = randomBytes(9).toString("base64url");
    process.stderr.write(`No account yet: open /sign-in and create the admin with the setup code ${env.MAGNET_SETUP_CODE}\n`);
  }
}

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const accounts = settings.MAGNET_ACCOUNTS === "on" ? "accounts on" : "accounts off: loopback only";
process.stderr.write(`Magnet Studio on http://${host}:${port} (database: ${settings.MAGNET_DB}; ${accounts})\n`);
const server = spawnSync("npx", ["next", "start", "-H", host, "-p", port], { stdio: "inherit", env });
process.exit(server.status ?? 0);
