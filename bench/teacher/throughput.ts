import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TeacherRequest } from "../../server/pipeline/teacher";
import { createOpenAITeacher } from "../../server/teacher/openai-teacher";

export interface ThroughputOptions {
  requests: number;
  concurrency: number;
  /** Server think time per request; with it, `concurrency / delay` is the best any client can do. */
  delayMs: number;
}

export interface ThroughputResult {
  requestsPerSecond: number;
  idealPerSecond: number;
  /** requestsPerSecond / idealPerSecond: how much of the bound the client and semaphore leave unused. */
  share: number;
  peakRssMB: number;
}

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Drives the real openai client through createOpenAITeacher against the fake server, every request
 * distinct and all issued at once, so the semaphore is the only throttle. The fake runs in a child
 * process: in-process, its CPU would be billed to the client's event loop, which a remote server's
 * never is. One round of `concurrency` requests warms the connections and JIT before the clock starts.
 */
export async function measureThroughput(options: ThroughputOptions = { requests: 320, concurrency: 16, delayMs: 100 }): Promise<ThroughputResult> {
  const server = spawn(process.execPath, ["--import", "tsx", "test/fake-openai/serve.ts", "--delay-ms", String(options.delayMs)], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  try {
    const url = await serverUrl(server.stdout);
    const teacher = createOpenAITeacher({ baseURL: url, apiKey: "sk-bench", model: "bench-model", concurrency: options.concurrency, maxAttempts: 1 });
    const run = (count: number, offset: number) =>
      Promise.all(Array.from({ length: count }, (_, index) => teacher.complete(benchRequest(offset + index))));
    await run(options.concurrency, options.requests);
    const started = performance.now();
    await run(options.requests, 0);
    const requestsPerSecond = options.requests / ((performance.now() - started) / 1000);
    const idealPerSecond = (options.concurrency * 1000) / options.delayMs;
    return {
      requestsPerSecond: round(requestsPerSecond),
      idealPerSecond: round(idealPerSecond),
      share: round(requestsPerSecond / idealPerSecond),
      // maxRSS is this process's high-water mark in KiB, so it also catches a peak between samples.
      peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    // Closing stdin is the child's signal to stop; kill() is for when it is stuck.
    server.stdin.end();
    const exited = once(server, "exit");
    const stuck = setTimeout(() => server.kill(), 2_000);
    await exited;
    clearTimeout(stuck);
  }
}

async function serverUrl(stdout: NodeJS.ReadableStream): Promise<string> {
  for await (const line of createInterface({ input: stdout })) {
    const parsed: unknown = JSON.parse(line);
    if (parsed !== null && typeof parsed === "object" && "url" in parsed && typeof parsed.url === "string") return parsed.url;
  }
  throw new Error("fake-openai server exited before printing its URL");
}

function benchRequest(index: number): TeacherRequest {
  return {
    task: { role: "judge_turn", query: `bench request ${index}`, reference: [], action: { calls: [] }, outputs: [] },
    messages: [{ role: "user", content: `bench request ${index}` }],
    promptId: "bench@1",
    promptHash: "bench",
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table([await measureThroughput()]);
}
