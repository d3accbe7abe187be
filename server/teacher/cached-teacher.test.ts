import { afterEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, text, type FakeOpenAI, type FakeScript } from "../../test/fake-openai/server";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { Teacher, TeacherRequest } from "../pipeline/teacher";
import { teacherCacheKey, withCache } from "./cached-teacher";
import { createMemoryCacheStore } from "./memory-cache-store";
import { createOpenAITeacher } from "./openai-teacher";
import { chatRequest, recordingSleep } from "./test-helpers";

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(script: FakeScript, maxAttempts = 3) {
  fake = await startFakeOpenAI(script);
  const inner = createOpenAITeacher({ baseURL: fake.url, apiKey: "sk-cache", model: "fake-model", timeoutMs: 2_000, maxAttempts }, { sleep: recordingSleep().sleep });
  const store = createMemoryCacheStore();
  return { fake, inner, store, teacher: withCache(inner, store) };
}

describe("withCache", () => {
  it("answers a repeated request from the store with zero HTTP requests", async () => {
    const { fake, inner, store, teacher } = await setup([text("first", { usage: { prompt_tokens: 7, completion_tokens: 3 } })]);
    const first = await teacher.complete(chatRequest("hi"));
    const second = await teacher.complete(chatRequest("hi"));
    expect(first.cached).toBe(false);
    expect(second).toEqual({ ...first, cached: true });
    expect(fake.requests).toHaveLength(1);
    expect(inner.stats().requests).toBe(1);
    expect([...store.entries.values()]).toEqual([{ backend: "openai", model: "fake-model", text: "first", promptTokens: 7, completionTokens: 3 }]);
  });

  it("asks again when messages or sampling parameters differ", async () => {
    const { fake, teacher } = await setup(() => text("ok"));
    await teacher.complete(chatRequest("hi"));
    await teacher.complete(chatRequest("hello"));
    await teacher.complete(chatRequest("hi", { temperature: 0.2 }));
    await teacher.complete(chatRequest("hi", { maxTokens: 10 }));
    expect(fake.requests).toHaveLength(4);
  });

  it("never stores a failure: a later identical request goes to the server again", async () => {
    const { fake, store, teacher } = await setup([{ kind: "status", status: 500 }, text("recovered")], 1);
    await expect(teacher.complete(chatRequest("hi"))).rejects.toMatchObject({ code: "server_error" });
    expect(store.entries.size).toBe(0);
    expect((await teacher.complete(chatRequest("hi"))).text).toBe("recovered");
    expect(fake.requests).toHaveLength(2);
  });

  it("forget() drops an answer the caller could not use, so the next ask pays for a fresh one", async () => {
    const { fake, store, teacher } = await setup([text('{"broken"'), text('{"query":"fixed"}')]);
    expect((await teacher.complete(chatRequest("hi"))).text).toBe('{"broken"');
    await teacher.forget(chatRequest("hi"));
    expect(store.entries.size).toBe(0);
    const again = await teacher.complete(chatRequest("hi"));
    expect(again).toMatchObject({ text: '{"query":"fixed"}', cached: false });
    expect(fake.requests).toHaveLength(2);
  });

  it("shares one request among identical requests in flight (single flight)", async () => {
    const { fake, teacher } = await setup(() => text("shared", { delayMs: 50 }));
    const answers = await Promise.all(Array.from({ length: 5 }, () => teacher.complete(chatRequest("same"))));
    expect(fake.requests).toHaveLength(1);
    expect(answers.map((answer) => answer.text)).toEqual(Array(5).fill("shared"));
    expect(answers.filter((answer) => !answer.cached)).toHaveLength(1);
  });

  it("keeps a shared request alive while one caller still waits, and cancels it when none does", async () => {
    const { fake, teacher } = await setup([text("for the patient one", { delayMs: 100 }), { kind: "hang" }, text("fresh")]);
    const quitter = new AbortController();
    const leaving = teacher.complete(chatRequest("same"), quitter.signal);
    const staying = teacher.complete(chatRequest("same"));
    quitter.abort();
    await expect(leaving).rejects.toMatchObject({ name: "AbortError" });
    expect((await staying).text).toBe("for the patient one");

    const a = new AbortController();
    const b = new AbortController();
    const both = [teacher.complete(chatRequest("hang"), a.signal), teacher.complete(chatRequest("hang"), b.signal)];
    await waitFor(() => fake.inFlight === 1);
    a.abort();
    b.abort();
    await Promise.allSettled(both);
    await waitFor(() => fake.inFlight === 0);
    // A newcomer does not join the cancelled flight; it starts its own request.
    expect((await teacher.complete(chatRequest("hang"))).text).toBe("fresh");
    expect(fake.requests).toHaveLength(3);
  });
});

describe("teacherCacheKey", () => {
  const llm: Teacher = { backend: "openai", model: "m", complete: () => Promise.reject(new Error("unused")) };
  const offline: Teacher = { ...llm, backend: "offline" };
  const other: TeacherRequest = { ...chatRequest("hi"), task: { role: "judge_nested", source: spec("a"), target: spec("b") } };

  it("ignores the task and provenance for LLM backends but not for the offline one", () => {
    expect(teacherCacheKey(llm, other)).toBe(teacherCacheKey(llm, chatRequest("hi")));
    expect(teacherCacheKey(llm, { ...chatRequest("hi"), promptHash: "other" })).toBe(teacherCacheKey(llm, chatRequest("hi")));
    expect(teacherCacheKey(offline, other)).not.toBe(teacherCacheKey(offline, chatRequest("hi")));
  });

  it("depends on backend, model and the teacher's default temperature", () => {
    const key = teacherCacheKey(llm, chatRequest("hi"));
    expect(teacherCacheKey({ ...llm, model: "m2" }, chatRequest("hi"))).not.toBe(key);
    expect(teacherCacheKey({ ...llm, backend: "other" }, chatRequest("hi"))).not.toBe(key);
    expect(teacherCacheKey({ ...llm, temperature: 0.3 }, chatRequest("hi"))).toBe(teacherCacheKey(llm, chatRequest("hi", { temperature: 0.3 })));
  });
});

function spec(name: string): FunctionSpec {
  return { id: name, name, description: "", parameters: { type: "object", properties: {}, required: [] }, toolkit: "t", category: "c", source: { format: "openai", file: "t.json", record: 0 } };
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 200) throw new Error("condition not met within 2 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
