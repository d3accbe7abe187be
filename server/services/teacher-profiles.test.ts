import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { teacherProfiles } from "../../db/schema";
import { openTempDatabase } from "../../test/temp-db";
import { startFakeOpenAI, text, type FakeOpenAI } from "../../test/fake-openai/server";
import { createTeacherProfile, getTeacherProfile, listTeachers, openAIProfileOf, testTeacherConnection, updateTeacherProfile } from "./teacher-profiles";

/** Distinctive, so a plain substring search finds it anywhere it leaks. */
const API_KEY = "sk-at-rest-9c4e1f7a2b6d";
const OTHER_API_KEY = "sk-replaced-3d8b5a0e6f1c";
const SECRET = randomBytes(32).toString("base64");

let database: ReturnType<typeof openTempDatabase>;
let fake: FakeOpenAI | undefined;
beforeEach(() => {
  database = openTempDatabase();
  vi.stubEnv("MAGNET_SECRET_KEY", SECRET);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  database.dispose();
  await fake?.close();
  fake = undefined;
});

const settings = { name: "vLLM", baseUrl: "http://127.0.0.1:9/v1", model: "qwen" };
const rawKey = (id: number) => database.db.select({ key: teacherProfiles.apiKey }).from(teacherProfiles).where(eq(teacherProfiles.id, id)).get()?.key;
/** A profile as an earlier version stored it: the key in plain text. */
const insertPlaintext = () =>
  database.db.insert(teacherProfiles).values({ ...settings, concurrency: 2, apiKey: API_KEY }).returning({ id: teacherProfiles.id }).get().id;

describe("teacher keys at rest", () => {
  it("stores a saved or replaced key only sealed, gives it back only to the client builder, and never logs it", () => {
    const logged = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level));
    const { id } = createTeacherProfile(database.db, { ...settings, apiKey: API_KEY });
    expect(rawKey(id)).toMatch(/^v1:/);
    expect(rawKey(id)).not.toContain(API_KEY);
    expect(openAIProfileOf(database.db, id).apiKey).toBe(API_KEY);

    updateTeacherProfile(database.db, { id, apiKey: OTHER_API_KEY });
    expect(rawKey(id)).toMatch(/^v1:/);
    expect(rawKey(id)).not.toContain(OTHER_API_KEY);
    expect(openAIProfileOf(database.db, id).apiKey).toBe(OTHER_API_KEY);

    const answers = JSON.stringify([getTeacherProfile(database.db, id), listTeachers(database.db), updateTeacherProfile(database.db, { id, name: "renamed" })]);
    expect(answers).not.toContain(OTHER_API_KEY);
    expect(answers).not.toContain(rawKey(id));
    expect(answers).toContain('"hasKey":true');
    for (const spy of logged) expect(JSON.stringify(spy.mock.calls)).not.toContain(OTHER_API_KEY);
  });

  it("sends the decrypted key to the teacher", async () => {
    fake = await startFakeOpenAI(() => text("OK"), { apiKey: API_KEY });
    const { id } = createTeacherProfile(database.db, { ...settings, baseUrl: fake.url, model: "fake-model", apiKey: API_KEY });
    expect(await testTeacherConnection(database.db, { id })).toMatchObject({ ok: true });
    expect(fake.requests.at(-1)).toMatchObject({ authorized: true });
  });

  it("refuses to save a key without MAGNET_SECRET_KEY, storing nothing, while a keyless profile still saves", () => {
    vi.stubEnv("MAGNET_SECRET_KEY", "");
    expect(() => createTeacherProfile(database.db, { ...settings, apiKey: API_KEY })).toThrow(/saving a teacher API key needs MAGNET_SECRET_KEY: set it to/);
    expect(database.db.select().from(teacherProfiles).all()).toEqual([]);
    const { id } = createTeacherProfile(database.db, settings);
    expect(() => updateTeacherProfile(database.db, { id, apiKey: API_KEY })).toThrow(/needs MAGNET_SECRET_KEY/);
    expect(rawKey(id)).toBeNull();
    expect(openAIProfileOf(database.db, id).apiKey).toBeUndefined();
  });

  it("refuses a malformed MAGNET_SECRET_KEY by name", () => {
    vi.stubEnv("MAGNET_SECRET_KEY", "hunter2");
    expect(() => createTeacherProfile(database.db, { ...settings, apiKey: API_KEY })).toThrow(/MAGNET_SECRET_KEY is malformed/);
  });

  it("gives a clear error, not garbage, when the key was saved with another MAGNET_SECRET_KEY", () => {
    const { id } = createTeacherProfile(database.db, { ...settings, apiKey: API_KEY });
    vi.stubEnv("MAGNET_SECRET_KEY", randomBytes(32).toString("hex"));
    expect(() => openAIProfileOf(database.db, id)).toThrow(/teacher profile "vLLM" cannot be decrypted with this MAGNET_SECRET_KEY \(it was saved with another key, or changed\)/);
    vi.stubEnv("MAGNET_SECRET_KEY", "");
    expect(() => openAIProfileOf(database.db, id)).toThrow(/the API key of teacher profile "vLLM" is encrypted: set MAGNET_SECRET_KEY to the key it was saved with/);
  });

  it("detects a stored value changed in the database", () => {
    const { id } = createTeacherProfile(database.db, { ...settings, apiKey: API_KEY });
    const [prefix, iv, tag, ciphertext = ""] = (rawKey(id) ?? "").split(":");
    const flipped = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
    database.db.update(teacherProfiles).set({ apiKey: [prefix, iv, tag, flipped].join(":") }).where(eq(teacherProfiles.id, id)).run();
    expect(() => openAIProfileOf(database.db, id)).toThrow(/cannot be decrypted .* or changed/);
  });

  it("keeps a plaintext key of an earlier version usable, and seals it at first use once a key is set", () => {
    const id = insertPlaintext();
    vi.stubEnv("MAGNET_SECRET_KEY", "");
    expect(openAIProfileOf(database.db, id).apiKey).toBe(API_KEY);
    expect(rawKey(id)).toBe(API_KEY);

    vi.stubEnv("MAGNET_SECRET_KEY", SECRET);
    expect(openAIProfileOf(database.db, id).apiKey).toBe(API_KEY);
    const sealed = rawKey(id);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(API_KEY);
    // Idempotent: later uses read the sealed value and leave it as it is.
    expect(openAIProfileOf(database.db, id).apiKey).toBe(API_KEY);
    expect(rawKey(id)).toBe(sealed);
  });
});
