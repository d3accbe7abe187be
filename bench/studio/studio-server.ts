import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

export interface StudioServer {
  url: string;
  stop(): Promise<void>;
}

/** `next start` on a database of the bench's making; the production build must exist (`npm run build`). */
export async function startStudio(database: string, port: number): Promise<StudioServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const child: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, MAGNET_DB: database, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error(`the studio did not start on port ${port} within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
