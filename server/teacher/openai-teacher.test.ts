import { afterEach, describe, expect, it, vi } from "vitest";
import { startFakeOpenAI, text, type FakeOpenAI, type FakeScript } from "../../test/fake-openai/server";
import { TeacherError } from "../pipeline/teacher";
import { createOpenAITeacher, type OpenAIProfile, type TeacherDeps } from "./openai-teacher";
import { chatRequest, recordingSleep } from "./test-helpers";

const KEY = "sk-test-9f8e7d6c5b4a39281706";
let fake: FakeOpenAI | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  vi.unstubAllEnvs();
});

/**
 * The real openai client against a fake that insists on KEY; backoff sleeps are recorded, not waited.
 * The default deadline is generous so a loaded machine cannot turn an answer into a timeout; only the
 * tests about hangs shorten it.
 */
async function setup(script: FakeScript, profile: Partial<OpenAIProfile> = {}, deps: TeacherDeps = {}) {
  fake = await startFakeOpenAI(script, { apiKey: KEY });
  const { sleep, asked } = recordingSleep();
  const teacher = createOpenAITeacher(
    { baseURL: fake.url, apiKey: KEY, model: "fake-model", timeoutMs: 2_000, maxAttempts: 3, ...profile },
    { sleep, random: () => 0, ...deps },
  );
  return { fake, teacher, asked };
}

async function teacherError(promise: Promise<unknown>): Promise<TeacherError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TeacherError)) throw new Error(`expected a TeacherError, got ${String(error)}`);
  return error;
}

describe("createOpenAITeacher", () => {
  it("answers with text, usage and cost, sending model, messages and sampling parameters", async () => {
    const { fake, teacher } = await setup([text('{"verdict":"correct"}', { usage: { prompt_tokens: 1000, completion_tokens: 500 } })], {
      pricing: { inputPerMTok: 2.5, outputPerMTok: 10 },
      temperature: 0.7,
    });
    const answer = await teacher.complete(chatRequest("hi", { maxTokens: 64 }));
    expect(answer).toEqual({ text: '{"verdict":"correct"}', model: "fake-model", usage: { promptTokens: 1000, completionTokens: 500 }, cached: false });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.authorized).toBe(true);
    expect(fake.requests[0]?.body).toMatchObject({ model: "fake-model", temperature: 0.7, max_tokens: 64, messages: chatRequest("hi").messages });
    expect(teacher.stats()).toEqual({ requests: 1, retries: 0, failures: 0, promptTokens: 1000, completionTokens: 500, costUsd: 0.0075, inFlight: 0 });
  });

  it("waits as long as Retry-After says on a 429, then succeeds", async () => {
    const { fake, teacher, asked } = await setup([{ kind: "status", status: 429, headers: { "retry-after": "1" } }, text("ok")]);
    expect((await teacher.complete(chatRequest("hi"))).text).toBe("ok");
    expect(asked).toEqual([1000]);
    expect(fake.requests).toHaveLength(2);
    expect(teacher.stats()).toMatchObject({ requests: 2, retries: 1, failures: 0 });
  });

  it("adds full jitter on top of the server's wait, and reads retry-after-ms and HTTP dates", async () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const { teacher, asked } = await setup(
      [
        { kind: "status", status: 429, headers: { "retry-after-ms": "250" } },
        { kind: "status", status: 503, headers: { "retry-after": new Date(now + 2000).toUTCString() } },
        text("ok"),
      ],
      {},
      { random: () => 0.5, now: () => now },
    );
    await teacher.complete(chatRequest("hi"));
    // backoff ceilings 500 then 1000 ms; half of each is the jitter drawn.
    expect(asked).toEqual([250 + 250, 2000 + 500]);
  });

  it("fails fast with retryAfterMs when the server asks for a pause longer than a minute", async () => {
    const { fake, teacher } = await setup([{ kind: "status", status: 429, headers: { "retry-after": "120" } }]);
    const error = await teacherError(teacher.complete(chatRequest("hi")));
    expect(error.code).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(120_000);
    expect(fake.requests).toHaveLength(1);
  });

  it("retries 500s with exponential backoff and succeeds on the third request", async () => {
    const { fake, teacher, asked } = await setup([{ kind: "status", status: 500 }, { kind: "status", status: 500 }, text("ok")], {}, { random: () => 0.5 });
    expect((await teacher.complete(chatRequest("hi"))).text).toBe("ok");
    expect(fake.requests).toHaveLength(3);
    expect(asked).toEqual([250, 500]);
    expect(teacher.stats()).toMatchObject({ requests: 3, retries: 2, failures: 0 });
  });

  it("gives up with the last code after maxAttempts", async () => {
    const { fake, teacher } = await setup(() => ({ kind: "status", status: 502 }));
    const error = await teacherError(teacher.complete(chatRequest("hi")));
    expect(error.code).toBe("server_error");
    expect(error.message).toContain("after 3 attempts");
    expect(fake.requests).toHaveLength(3);
    expect(teacher.stats()).toMatchObject({ requests: 3, retries: 2, failures: 1 });
  });

  it("times out a hanging request, retries it, and ends with a timeout error", async () => {
    const { fake, teacher } = await setup(() => ({ kind: "hang" }), { timeoutMs: 200, maxAttempts: 2 });
    const started = performance.now();
    const error = await teacherError(teacher.complete(chatRequest("hi")));
    expect(error.code).toBe("timeout");
    expect(fake.requests).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(2 * 190);
  });

  it("recovers when a hang is followed by an answer", async () => {
    const { teacher } = await setup([{ kind: "hang" }, text("late but fine")], { timeoutMs: 500 });
    expect((await teacher.complete(chatRequest("hi"))).text).toBe("late but fine");
    expect(teacher.stats()).toMatchObject({ requests: 2, retries: 1 });
  });

  it("treats a truncated body as a transient failure, whether the stream ends or the socket drops", async () => {
    const { fake, teacher } = await setup([{ kind: "truncated", mode: "end" }, { kind: "truncated", mode: "reset" }, text("whole")]);
    expect((await teacher.complete(chatRequest("hi"))).text).toBe("whole");
    expect(fake.requests).toHaveLength(3);
  });

  it.each([
    ["end", "server_error", /malformed response body/],
    ["reset", "network", /transport failed: terminated/],
  ] as const)("names the cause of a truncated body (%s) once retries run out", async (mode, code, message) => {
    const { teacher } = await setup(() => ({ kind: "truncated", mode }), { maxAttempts: 1 });
    const error = await teacherError(teacher.complete(chatRequest("hi")));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("does not retry 401 (auth) or 400 (bad_request)", async () => {
    const { fake, teacher, asked } = await setup([{ kind: "status", status: 401 }, { kind: "status", status: 400 }]);
    expect((await teacherError(teacher.complete(chatRequest("a")))).code).toBe("auth");
    expect((await teacherError(teacher.complete(chatRequest("b")))).code).toBe("bad_request");
    expect(fake.requests).toHaveLength(2);
    expect(asked).toEqual([]);
  });

  it("reports a network error when nothing listens", async () => {
    const { fake, teacher } = await setup([], { maxAttempts: 2 });
    await fake.close();
    const error = await teacherError(teacher.complete(chatRequest("hi")));
    expect(error.code).toBe("network");
  });

  it("rejects an empty completion, a tool-call-only answer and a non-JSON body as bad_answer, without retrying", async () => {
    const { fake, teacher } = await setup([
      text(""),
      { kind: "text", content: null, toolCalls: [{ name: "get_weather", arguments: "{}" }] },
      { kind: "raw", contentType: "text/plain", body: "hello" },
    ]);
    for (const content of ["a", "b", "c"]) expect((await teacherError(teacher.complete(chatRequest(content)))).code).toBe("bad_answer");
    expect(fake.requests).toHaveLength(3);
    expect(teacher.stats()).toMatchObject({ failures: 3, retries: 0 });
  });

  it("passes broken JSON and unknown function names through: judging content is the caller's job", async () => {
    const { teacher } = await setup([text('{"query": "unterminated'), text("[no_such_function(x=1)]")]);
    expect((await teacher.complete(chatRequest("a"))).text).toBe('{"query": "unterminated');
    expect((await teacher.complete(chatRequest("b"))).text).toBe("[no_such_function(x=1)]");
  });

  it("never has more than `concurrency` requests in flight", async () => {
    const { fake, teacher } = await setup(() => text("ok", { delayMs: 100 }), { concurrency: 4 });
    let peak = 0;
    const calls = Array.from({ length: 20 }, async (_, index) => {
      const answer = teacher.complete(chatRequest(`q${index}`));
      peak = Math.max(peak, teacher.stats().inFlight);
      return answer;
    });
    expect(await Promise.all(calls)).toHaveLength(20);
    expect(fake.maxInFlight).toBe(4);
    expect(peak).toBeLessThanOrEqual(4);
    expect(teacher.stats().inFlight).toBe(0);
  });

  it("stops at once when the caller aborts, without counting a failure", async () => {
    const { teacher } = await setup(() => ({ kind: "hang" }), { timeoutMs: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const outcome = await teacher.complete(chatRequest("hi"), controller.signal).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(DOMException);
    expect(outcome).toMatchObject({ name: "AbortError" });
    expect(teacher.stats()).toMatchObject({ failures: 0, inFlight: 0 });
  });

  it("stops backing off when the caller aborts during the wait", async () => {
    fake = await startFakeOpenAI([{ kind: "status", status: 429, headers: { "retry-after": "30" } }]);
    const teacher = createOpenAITeacher({ baseURL: fake.url, apiKey: KEY, model: "m" });
    const reason = new Error("run cancelled");
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 50);
    await expect(teacher.complete(chatRequest("hi"), controller.signal)).rejects.toBe(reason);
    expect(teacher.stats()).toMatchObject({ requests: 1, retries: 1, failures: 0 });
  });

  it("keeps the API key out of everything but the Authorization header", async () => {
    const echo = `Incorrect API key provided: ${KEY}`;
    const { fake, teacher } = await setup([
      text("ok"),
      { kind: "status", status: 500, message: echo },
      { kind: "status", status: 401, message: echo },
      { kind: "hang" },
    ]);
    await teacher.complete(chatRequest("a"));
    const failure = await teacherError(teacher.complete(chatRequest("b")));
    expect(failure.code).toBe("auth");
    expect(failure.message).toContain("[redacted]");
    const timeout = await teacherError(createOpenAITeacher({ baseURL: fake.url, apiKey: KEY, model: "m", timeoutMs: 100, maxAttempts: 1 }).complete(chatRequest("c")));
    expect(fake.requests.every((request) => request.authorized)).toBe(true);
    const everything = JSON.stringify([fake.requests, failure, failure.message, timeout.message, teacher.stats(), teacher]);
    expect(everything).not.toContain(KEY);
    expect(String(failure.stack)).not.toContain(KEY);
  });

  it("sends no key from the environment when the profile has none", async () => {
    vi.stubEnv("OPENAI_API_KEY", KEY);
    fake = await startFakeOpenAI([text("ok")], { apiKey: "none" });
    await createOpenAITeacher({ baseURL: fake.url, model: "local" }).complete(chatRequest("hi"));
    expect(fake.requests[0]?.authorized).toBe(true);
  });

  it("rejects a nonsensical profile", () => {
    expect(() => createOpenAITeacher({ baseURL: "http://127.0.0.1:1/v1", model: "m", concurrency: 0 })).toThrow(/positive integer/);
    expect(() => createOpenAITeacher({ baseURL: "http://127.0.0.1:1/v1", model: "m", maxAttempts: 0 })).toThrow(/maxAttempts/);
  });
});
