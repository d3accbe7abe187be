import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasSharedData, sharedData } from "../../test/shared-data";
import { startFakeOpenAI, text, type FakeOpenAI, type RecordedRequest } from "../../test/fake-openai/server";
import { openTempDatabase } from "../../test/temp-db";
import { createJavaScriptExecutor } from "../executors/javascript-executor";
import { builtinToolkits } from "../executors/toolkits";
import { runSynthesisJob } from "../jobs/synthesis-job";
import { importCatalogs } from "../pipeline/catalog";
import { buildGraph } from "../pipeline/graph";
import { operationContext, samplePaths, sampleSettings } from "../pipeline/paths";
import { createRandom } from "../pipeline/random";
import { dependencyGraph } from "../pipeline/schemas/graph";
import { functionPath } from "../pipeline/schemas/path";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { FunctionPath } from "../pipeline/schemas/path";
import { negativeErrorTypes, type Teacher } from "../pipeline/teacher";
import { teacherCacheKey } from "../teacher/cached-teacher";
import { createOfflineTeacher } from "../teacher/offline";

const SEED = 5;
const MODEL = "fake-teacher";
const dir = mkdtempSync(path.join(tmpdir(), "magnet-resume-"));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ChatBody {
  messages: unknown[];
  temperature?: number;
  max_tokens?: number;
}
const chatBody = (request: RecordedRequest): ChatBody => {
  const body = request.body;
  if (typeof body !== "object" || body === null || !("messages" in body) || !Array.isArray(body.messages)) throw new Error("not a chat request");
  return { messages: body.messages, ...("temperature" in body && typeof body.temperature === "number" ? { temperature: body.temperature } : {}) };
};
const messagesOf = (request: RecordedRequest) => JSON.stringify(chatBody(request).messages);
const cacheKeyOf = (request: RecordedRequest) => {
  const body = chatBody(request);
  return teacherCacheKey({ backend: "openai", model: MODEL, complete: () => Promise.reject(new Error("unused")) }, {
    messages: body.messages as never,
    temperature: body.temperature,
    task: { role: "classify_domain", function: undefined as never, categories: [] },
    promptId: "",
    promptHash: "",
  });
};

/**
 * The fake LLM answers exactly what the offline teacher answered to the same messages in a recording
 * run, so an OpenAI-driven run reproduces the offline one request for request.
 */
async function recordAnswers(functions: FunctionSpec[], paths: FunctionPath[]) {
  const answers = new Map<string, string>();
  const offline = createOfflineTeacher();
  const recorder: Teacher = {
    backend: "recorder",
    model: MODEL,
    async complete(request) {
      const answer = await offline.complete(request);
      answers.set(JSON.stringify(request.messages), answer.text);
      return answer;
    },
  };
  const database = openTempDatabase();
  try {
    await runSynthesisJob(database.db, {
      name: "recording",
      functions,
      paths,
      teacher: { teacher: recorder, info: { backend: "recorder", model: MODEL } },
      executors: [createJavaScriptExecutor(builtinToolkits)],
      seed: SEED,
      negatives: negativeErrorTypes,
      judge: true,
      roundTrip: false,
      concurrency: 1,
    });
  } finally {
    database.dispose();
  }
  return answers;
}

function synth(db: string, out: string, url: string) {
  const args = ["--import", "tsx", "server/cli/main.ts", "synth", "--graph", file("graph.json"), "--paths", file("paths.jsonl"), "--out", out];
  args.push("--teacher", "openai", "--concurrency", "4", "--run", "resume-test", "--seed", String(SEED));
  return spawn(process.execPath, args, {
    env: { ...process.env, MAGNET_DB: db, OPENAI_BASE_URL: url, OPENAI_API_KEY: "sk-test-resume", MAGNET_TEACHER_MODEL: MODEL },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

function finish(child: ReturnType<typeof spawn>): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
}

/** Answers the killed process had stored; empty until it has created and migrated its database. */
const cachedKeys = (db: string): Set<string> => {
  if (!existsSync(db)) return new Set();
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return new Set(sqlite.prepare("select key from teacher_cache").pluck().all().map(String));
  } catch {
    return new Set();
  } finally {
    sqlite.close();
  }
};

describe.skipIf(!hasSharedData)("a synth run killed with SIGKILL", () => {
  let fake: FakeOpenAI;
  let expectedRequests = 0;

  beforeAll(async () => {
    const docs = ["math_api", "message_api", "ticket_api"].map((n) => ({ file: `${n}.json`, bytes: readFileSync(sharedData("bfcl_v3", "multi_turn_func_doc", `${n}.json`)) }));
    const { functions } = importCatalogs(docs);
    const graph = buildGraph(functions, { random: createRandom(SEED) });
    const { paths } = samplePaths(operationContext(graph), sampleSettings.parse({ walks: 16, seed: SEED }));
    writeFileSync(file("graph.json"), JSON.stringify({ ...graph, functions }));
    writeFileSync(file("paths.jsonl"), paths.map((p) => JSON.stringify(p)).join("\n"));
    // Read back as the CLI reads them: parsing fixes key order, and prompts show the schemas as parsed.
    const stored = dependencyGraph.parse(JSON.parse(readFileSync(file("graph.json"), "utf8")));
    const answers = await recordAnswers(stored.functions ?? [], paths.map((p) => functionPath.parse(JSON.parse(JSON.stringify(p)))));
    expectedRequests = answers.size;
    fake = await startFakeOpenAI((body) => {
      const messages = typeof body === "object" && body !== null && "messages" in body ? JSON.stringify(body.messages) : "";
      const answer = answers.get(messages);
      return answer === undefined ? { kind: "status", status: 400, message: "unexpected prompt" } : text(answer, { delayMs: 15 });
    });
  }, 120_000);
  afterAll(() => fake?.close());

  it("resumes without asking again for answered steps, ends like an uninterrupted run, and a rerun asks nothing", async () => {
    const killedDb = file("killed.db");
    const child = synth(killedDb, file("resumed.jsonl"), fake.url);
    const exited = finish(child);
    while (cachedKeys(killedDb).size < expectedRequests * 0.4) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGKILL");
    expect((await exited).signal).toBe("SIGKILL");
    const beforeKill = fake.requests.slice();
    const answeredBeforeKill = cachedKeys(killedDb);
    expect(answeredBeforeKill.size).toBeLessThan(expectedRequests);

    const resumed = await finish(synth(killedDb, file("resumed.jsonl"), fake.url));
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain('resumed run "resume-test"');
    const afterKill = new Set(fake.requests.slice(beforeKill.length).map(messagesOf));
    const repeated = beforeKill.filter((r) => answeredBeforeKill.has(cacheKeyOf(r)) && afterKill.has(messagesOf(r)));
    expect(repeated).toEqual([]);

    const freshStart = fake.requests.length;
    const fresh = await finish(synth(file("fresh.db"), file("fresh.jsonl"), fake.url));
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fake.requests.length - freshStart).toBe(expectedRequests);
    expect(readFileSync(file("resumed.jsonl"), "utf8")).toEqual(readFileSync(file("fresh.jsonl"), "utf8"));

    const againStart = fake.requests.length;
    const again = await finish(synth(file("fresh.db"), file("again.jsonl"), fake.url));
    expect(again.code, again.stderr).toBe(0);
    expect(fake.requests.length - againStart).toBe(0);
    expect(readFileSync(file("again.jsonl"), "utf8")).toEqual(readFileSync(file("fresh.jsonl"), "utf8"));
  }, 240_000);
});
