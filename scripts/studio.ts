import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Quick start: build once when there is no production build, then serve on loopback. */
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT ?? "3000";

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
process.stderr.write(`Magnet Studio on http://127.0.0.1:${port} (database: ${process.env.MAGNET_DB ?? "./data/studio.db"})\n`);
const server = spawnSync("npx", ["next", "start", "-H", "127.0.0.1", "-p", port], { stdio: "inherit", env });
process.exit(server.status ?? 0);
