import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { bindingRefusal } from "../server/auth/loopback";
import { serverEnv } from "../server/env";

/**
 * Quick start: build once when there is no production build, then serve, on loopback unless HOST says
 * otherwise, which needs accounts on.
 */
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
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

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const accounts = settings.MAGNET_ACCOUNTS === "on" ? "accounts on" : "accounts off: loopback only";
process.stderr.write(`Magnet Studio on http://${host}:${port} (database: ${settings.MAGNET_DB}; ${accounts})\n`);
const server = spawnSync("npx", ["next", "start", "-H", host, "-p", port], { stdio: "inherit", env });
process.exit(server.status ?? 0);
