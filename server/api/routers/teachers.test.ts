import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { teacherProfiles } from "../../../db/schema";
import { startFakeOpenAI, text, type FakeOpenAI } from "../../../test/fake-openai/server";
import { openAIProfileOf } from "../../services/teacher-profiles";
import { expectTrpcError, testCaller } from "../test/caller";

const KEY = "sk-profile-key-5b1e3c9d7a2f";
const OTHER_KEY = "sk-other-key-8c7d6e5f4a3b";

let current: ReturnType<typeof testCaller> | undefined;
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  current?.dispose();
  await fake?.close();
  current = undefined;
  fake = undefined;
});
const setup = () => (current = testCaller());

const profile = (url: string) => ({ name: "local vLLM", baseUrl: url, model: "fake-model", inputPrice: 0.5, outputPrice: 1.5, concurrency: 2 });

describe("teachers router", () => {
  it("lists the offline teacher first, then profiles that say whether a key is set but never show it", async () => {
    const { caller } = setup();
    const created = await caller.teachers.create({ ...profile("http://127.0.0.1:9/v1"), apiKey: KEY });
    expect(created).toEqual({ id: created.id, name: "local vLLM", baseUrl: "http://127.0.0.1:9/v1", model: "fake-model", hasKey: true, inputPrice: 0.5, outputPrice: 1.5, concurrency: 2, timeoutMs: null });
    const list = await caller.teachers.list();
    expect(list).toEqual([{ kind: "offline", name: "Offline (built-in)", model: "magnet-offline-1" }, { kind: "profile", ...created }]);
    expect(JSON.stringify([created, list])).not.toContain(KEY);
  });

  it("keeps the key when omitted, replaces it when given, removes it when null", async () => {
    const { caller, db } = setup();
    const storedKey = (id: number) => db.select({ key: teacherProfiles.apiKey }).from(teacherProfiles).where(eq(teacherProfiles.id, id)).get()?.key;
    const { id } = await caller.teachers.create({ ...profile("http://127.0.0.1:9/v1"), apiKey: KEY });
    const renamed = await caller.teachers.update({ id, name: "renamed", model: "other-model" });
    expect(renamed).toMatchObject({ name: "renamed", model: "other-model", hasKey: true, concurrency: 2 });
    expect(openAIProfileOf(db, id).apiKey).toBe(KEY);
    expect(storedKey(id)).not.toContain(KEY);
    expect(await caller.teachers.update({ id, apiKey: OTHER_KEY })).toMatchObject({ hasKey: true });
    expect(openAIProfileOf(db, id).apiKey).toBe(OTHER_KEY);
    expect(storedKey(id)).not.toContain(OTHER_KEY);
    expect(await caller.teachers.update({ id, apiKey: null })).toMatchObject({ hasKey: false });
    expect(storedKey(id)).toBeNull();
    await caller.teachers.delete({ id });
    expect(await caller.teachers.list()).toHaveLength(1);
    await expectTrpcError(caller.teachers.update({ id, name: "x" }), "NOT_FOUND", /teacher profile "\d+" not found/);
  });

  it("refuses bad profiles naming the field, and stores nothing", async () => {
    const { caller } = setup();
    await expectTrpcError(caller.teachers.create({ ...profile("ftp://example.com"), apiKey: KEY }), "BAD_REQUEST", /field baseUrl: must be an http\(s\) URL/);
    await expectTrpcError(caller.teachers.create({ ...profile("http://127.0.0.1:9/v1"), model: " " }), "BAD_REQUEST", /field model: is required/);
    await expectTrpcError(caller.teachers.create({ ...profile("http://127.0.0.1:9/v1"), concurrency: 0 }), "BAD_REQUEST", /field concurrency/);
    expect(await caller.teachers.list()).toHaveLength(1);
    await caller.teachers.create(profile("http://127.0.0.1:9/v1"));
    await expectTrpcError(caller.teachers.create(profile("http://127.0.0.1:9/v1")), "BAD_REQUEST", /field name: a teacher profile named "local vLLM" exists already/);
  });

  it("tests a connection with the stored key, and scrubs the key from what the server says", async () => {
    fake = await startFakeOpenAI(() => text("OK"), { apiKey: KEY });
    const { caller } = setup();
    const { id } = await caller.teachers.create({ ...profile(fake.url), apiKey: KEY });
    const ok = await caller.teachers.testConnection({ id });
    expect(ok).toMatchObject({ ok: true, model: "fake-model" });
    expect(ok.latencyMs).toBeGreaterThanOrEqual(0);
    expect(fake.requests.at(-1)).toMatchObject({ path: "/v1/chat/completions", authorized: true });

    // A draft over the stored profile uses its key when the key field is left blank…
    expect(await caller.teachers.testConnection({ id, draft: { baseUrl: fake.url, model: "fake-model" } })).toMatchObject({ ok: true });
    // …and the typed key when one is given.
    const wrong = await caller.teachers.testConnection({ id, draft: { baseUrl: fake.url, model: "fake-model", apiKey: OTHER_KEY } });
    expect(wrong).toMatchObject({ ok: false, message: expect.stringMatching(/^auth: /) });
    // A draft pointing at another address is tried without the stored key: editing the URL cannot send it away.
    const elsewhere = await startFakeOpenAI(() => text("OK"), { apiKey: KEY });
    try {
      expect(await caller.teachers.testConnection({ id, draft: { baseUrl: elsewhere.url, model: "fake-model" } })).toMatchObject({ ok: false });
      expect(elsewhere.requests.at(-1)).toMatchObject({ authorized: false });
    } finally {
      await elsewhere.close();
    }

    await fake.close();
    fake = await startFakeOpenAI(() => ({ kind: "status", status: 401, message: `Incorrect API key provided: ${KEY}` }));
    const echoed = await caller.teachers.testConnection({ draft: { baseUrl: fake.url, model: "m", apiKey: KEY } });
    expect(echoed.ok).toBe(false);
    expect(echoed.message).toContain("[redacted]");
    expect(JSON.stringify(echoed)).not.toContain(KEY);
  });

  it("answers a connection test of an unreachable endpoint with the reason", async () => {
    const { caller } = setup();
    const result = await caller.teachers.testConnection({ draft: { baseUrl: "http://127.0.0.1:9/v1", model: "m" } });
    expect(result).toMatchObject({ ok: false, model: "m", message: expect.stringMatching(/^network: /) });
    await expectTrpcError(caller.teachers.testConnection({}), "BAD_REQUEST", /give a profile id or a draft/);
    await expectTrpcError(caller.teachers.testConnection({ id: 42 }), "NOT_FOUND", /teacher profile "42"/);
  });
});
