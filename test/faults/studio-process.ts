import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/**
 * A studio (`next start` of the existing build) in its own process group, so a test can kill it the
 * way a crash or the OOM killer would: SIGKILL to the whole group, no shutdown hooks.
 */
export interface StudioProcess {
  url: string;
  pid: number;
  /** Everything the server printed, for a failing test to show. */
  output(): string;
  /** SIGKILL to the process group; resolves once the server process is gone. */
  kill(): Promise<void>;
}

/** The first port from `from` that nothing listens on (the brief keeps our servers at 3310 and up). */
export async function freePort(from = 3310): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}..${from + 199}`);
}

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** Starts the built studio on `port` over `database` and waits until it answers (deadline, no fixed sleep). */
export async function startStudio(port: number, database: string, timeoutMs = 90_000): Promise<StudioProcess> {
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    env: { ...process.env, MAGNET_DB: database, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error("next start did not start");
  const url = `http://127.0.0.1:${port}`;
  const studio: StudioProcess = {
    url,
    pid,
    output: () => output,
    kill: async () => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the studio exited before answering:\n${output}`);
    // projects.list opens the database (migrations, demo project): ready means ready to work.
    const ready = await fetch(`${url}/api/trpc/projects.list`).then((r) => r.ok, () => false);
    if (ready) return studio;
    if (Date.now() > deadline) {
      await studio.kill();
      throw new Error(`the studio did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
