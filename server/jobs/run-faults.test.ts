import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { teacherCache } from "../../db/schema";
import { startFakeOpenAI, text, type FakeOpenAI, type FakeReply } from "../../test/fake-openai/server";
import { openTempDatabase } from "../../test/temp-db";
import { createInnerContext } from "../api/context";
import { createCaller } from "../api/root";
import { ensureDemoProject } from "../demo/seed-demo";
import type { Teacher } from "../pipeline/teacher";
import { runTrajectories } from "../services/runs";
import { configuredTeacherFor } from "../services/teacher-profiles";
import { createOfflineConfigured, type ConfiguredTeacher } from "../teacher/create-teacher";
import { runSettled } from "./run-manager";

/**
 * Issue 7 fault suite, part 2: teacher faults injected while a studio run works. The run goes through
 * the tRPC caller and the run manager with a teacher profile pointing at the fake OpenAI server, which
 * answers what the offline teacher answered to the same messages (recorded first), except where a
 * fault is scripted: 429 with a Retry-After, 500, 503, a hang past the profile's timeout, a body cut
 * mid-way (stream ended or socket reset) and a broken answer. Transient faults must be retried with
 * backoff and leave no trace in the answer cache; one item whose answer stays broken fails with the
 * teacher's raw text and succeeds when retried; the counts add up throughout.
 */

const PATHS = 4;
const BROKEN_PATH = 2;
const BROKEN = '{"query": "What is the weather in'; // cut short, as a model hitting max_tokens writes it
const CORRECTION = "Your answer could not be used:";
const RETRY_AFTER_MS = 300;
const TIMEOUT_MS = 1000;
const TRANSIENT: Array<{ label: string; reply: FakeReply; minGapMs: number }> = [
  { label: "429", reply: { kind: "status", status: 429, headers: { "retry-after-ms": String(RETRY_AFTER_MS) } }, minGapMs: RETRY_AFTER_MS },
  { label: "500", reply: { kind: "status", status: 500 }, minGapMs: 0 },
  { label: "hang", reply: { kind: "hang" }, minGapMs: TIMEOUT_MS },
  { label: "truncated body", reply: { kind: "truncated", mode: "end" }, minGapMs: 0 },
  { label: "socket reset", reply: { kind: "truncated", mode: "reset" }, minGapMs: 0 },
  { label: "503", reply: { kind: "status", status: 503 }, minGapMs: 0 },
  { label: "broken answer", reply: text("[{'not': json"), minGapMs: 0 },
];

let dispose: (() => void) | undefined;
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  dispose?.();
  dispose = undefined;
  await fake?.close();
  fake = undefined;
});

/** The offline teacher, remembering its answer to each prompt and which path (in run order) asked it. */
function recordingTeacher() {
  const offline = createOfflineConfigured();
  const answers = new Map<string, string>();
  const pathOf = new Map<string, number>();
  let path = -1;
  const teacher: Teacher = {
    backend: offline.teacher.backend,
    model: offline.teacher.model,
    async complete(request, signal) {
      // Every path starts with the back-translation of its first turn (the run goes one path at a time).
      if (request.task.role === "back_translate" && request.task.history.length === 0) path++;
      const answer = await offline.teacher.complete(request, signal);
      const key = JSON.stringify(request.messages);
      answers.set(key, answer.text);
      if (!pathOf.has(key)) pathOf.set(key, path);
      return answer;
    },
  };
  const configured: ConfiguredTeacher = { ...offline, teacher };
  return { configured, answers, pathOf };
}

const messagesOf = (body: unknown): unknown[] =>
  typeof body === "object" && body !== null && "messages" in body && Array.isArray(body.messages) ? body.messages : [];

/** A re-ask is the first request plus the refused answer and a correction: it is answered as the first one. */
function baseKey(body: unknown): string {
  const messages = messagesOf(body);
  const last = messages[messages.length - 1];
  const corrected = typeof last === "object" && last !== null && "content" in last && String(last.content).startsWith(CORRECTION);
  return JSON.stringify(corrected ? messages.slice(0, -2) : messages);
}

describe("teacher faults during a studio run", () => {
  it("retries transient faults with backoff, never caches them, reports a broken item with its raw text, and retries it", async () => {
    const database = openTempDatabase();
    dispose = database.dispose;
    const { db } = database;
    const projectId = ensureDemoProject(db).projectId ?? 0;
    const recorder = recordingTeacher();
    const caller = createCaller(createInnerContext(db, { teacherFor: (choice) => (choice.kind === "offline" ? recorder.configured : configuredTeacherFor(db, choice)) }));
    const settings = { projectId, count: PATHS, seed: 5, negatives: ["wrong_summarization" as const], concurrency: 1 };

    // 1. What the offline teacher answers to every prompt of these paths.
    const { runId: recordedRun } = await caller.runs.start(settings);
    await runSettled(db, recordedRun);
    expect(await caller.runs.progress({ runId: recordedRun })).toMatchObject({ status: "done", done: PATHS, failed: 0 });
    const recorded = runTrajectories(db, recordedRun);
    const keys = [...recorder.answers.keys()];
    const brokenKey = keys.find((key) => recorder.pathOf.get(key) === BROKEN_PATH) ?? "";
    // Faults go on prompts of the other paths, spread over the run.
    const others = keys.filter((key) => recorder.pathOf.get(key) !== BROKEN_PATH);
    const faulted = new Map(TRANSIENT.map((fault, i) => [others[Math.floor(((i + 0.5) * others.length) / TRANSIENT.length)] ?? "", fault]));
    expect(faulted.size).toBe(TRANSIENT.length);

    // 2. The fake: recorded answers, each scripted fault once, and the broken path's first prompt broken until healed.
    let healed = false;
    let paidReplies = 0;
    const seen = new Map<string, number>();
    const log: Array<{ key: string; reply: string; at: number }> = [];
    fake = await startFakeOpenAI((body) => {
      const key = baseKey(body);
      const attempt = seen.get(key) ?? 0;
      seen.set(key, attempt + 1);
      const fault = faulted.get(key);
      const answer = recorder.answers.get(key);
      let reply: FakeReply;
      if (key === brokenKey && !healed) reply = text(BROKEN);
      else if (fault && attempt === 0) reply = fault.reply;
      else if (answer !== undefined) reply = text(answer);
      else reply = { kind: "status", status: 400, message: "fake-openai: a prompt the recording never saw" };
      if (reply.kind === "text") paidReplies++;
      log.push({ key, reply: reply.kind === "text" ? (reply.content ?? "") : reply.kind, at: Date.now() });
      return reply;
    });
    const profile = await caller.teachers.create({ name: "faulty", baseUrl: fake.url, model: "fake-model", apiKey: "sk-faults", timeoutMs: TIMEOUT_MS, inputPrice: 1, outputPrice: 2 });

    // 3. The same paths with the faulty endpoint.
    const { runId } = await caller.runs.start({ ...settings, concurrency: 2, teacher: { kind: "profile", profileId: profile.id } });
    await runSettled(db, runId);
    const first = await caller.runs.progress({ runId });
    expect(first).toMatchObject({ status: "failed", state: "failed", total: PATHS, done: PATHS - 1, failed: 1, pending: 0 });
    expect(first.done + first.failed + first.pending).toBe(first.total);

    // The broken item: reported with the teacher's raw text, after the re-asks that name the problem.
    const failures = await caller.runs.failures({ runId });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ raw: BROKEN, attempts: 1 });
    expect(failures[0]?.error).toMatch(/^bad_answer: .*after 3 attempts/);
    expect(seen.get(brokenKey)).toBe(3);

    // Each transient fault was retried (once) and then answered; waits honoured Retry-After and the timeout.
    for (const [key, fault] of faulted) {
      const attempts = log.filter((entry) => entry.key === key);
      expect(attempts.length, fault.label).toBe(2);
      expect(attempts[1]?.reply, fault.label).toBe(recorder.answers.get(key));
      expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0), fault.label).toBeGreaterThanOrEqual(fault.minGapMs);
    }

    // Nothing broken or failed is in the cache: only answers the recording gave.
    const cached = db.select({ text: teacherCache.text }).from(teacherCache).all().map((row) => row.text);
    const good = new Set(recorder.answers.values());
    expect(cached.filter((entry) => !good.has(entry))).toEqual([]);
    expect(cached.length).toBeGreaterThan(0);

    // Usage counts what was paid: every completed answer, broken ones included, and nothing else.
    expect(first.usage.requests).toBe(paidReplies);
    expect(first.usage.promptTokens).toBe(10 * paidReplies);
    expect(first.usage.costUsd).toBeCloseTo((paidReplies * (10 * 1 + 5 * 2)) / 1e6, 12);

    // The finished items hold what an undisturbed run made of the same paths.
    const brokenPathId = failures[0]?.pathId;
    const shape = (t: (typeof recorded)[number]) => ({ path: t.path_id, polarity: t.polarity, messages: t.messages });
    expect(runTrajectories(db, runId).map(shape)).toEqual(recorded.filter((t) => t.path_id !== brokenPathId).map(shape));

    // 4. Retry the failed item once the endpoint answers well: it asks again (the broken answer was not kept) and the run completes.
    healed = true;
    const before = fake.requests.length;
    await caller.runs.retryItem({ runId, pathId: brokenPathId ?? "" });
    await runSettled(db, runId);
    const retried = await caller.runs.progress({ runId });
    expect(retried).toMatchObject({ status: "done", done: PATHS, failed: 0, pending: 0 });
    expect(fake.requests.length).toBeGreaterThan(before);
    expect(await caller.runs.failures({ runId })).toEqual([]);
    expect(retried.usage.requests).toBe(paidReplies);
    expect(runTrajectories(db, runId).map(shape)).toEqual(recorded.map(shape));
    const rows = db.select({ n: sql<number>`count(*)` }).from(teacherCache).get()?.n ?? 0;
    console.log(
      `teacher faults: ${TRANSIENT.length} transient faults retried, 1 item failed with its raw text then retried; ${fake.requests.length} HTTP requests, ${paidReplies} paid answers, ${rows} cached`,
    );
  }, 60_000);

  it("leaves the server's event loop free between items of an offline run, so progress and pause answer", async () => {
    const database = openTempDatabase();
    dispose = database.dispose;
    const { db } = database;
    const projectId = ensureDemoProject(db).projectId ?? 0;
    const caller = createCaller(createInnerContext(db));
    await caller.paths.sample({ projectId, settings: { walks: 40, seed: 11 } });
    const pathIds = (await caller.paths.list({ projectId })).slice(0, 30).map((p) => p.id);
    const { runId } = await caller.runs.start({ projectId, pathIds, concurrency: 1 });
    // A timer stands for the next HTTP request: it must run while the run is still going.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const during = await caller.runs.progress({ runId });
    expect(during.done).toBeLessThan(pathIds.length);
    expect(await caller.runs.pause({ runId })).toMatchObject({ state: "pausing" });
    await runSettled(db, runId);
    const paused = await caller.runs.progress({ runId });
    expect(paused).toMatchObject({ status: "paused", state: "paused" });
    expect(paused.pending).toBeGreaterThan(0);
  }, 60_000);
});
