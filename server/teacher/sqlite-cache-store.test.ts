import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { startFakeOpenAI, text, type FakeOpenAI } from "../../test/fake-openai/server";
import { openTempDatabase } from "../../test/temp-db";
import { withCache } from "./cached-teacher";
import { createOpenAITeacher } from "./openai-teacher";
import { createSqliteCacheStore } from "./sqlite-cache-store";
import { chatRequest } from "./test-helpers";

const entry = { backend: "openai", model: "m", text: "answer", promptTokens: 3, completionTokens: 4 };
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDb() {
  const database = openTempDatabase();
  cleanups.push(database.dispose);
  return database;
}

describe("createSqliteCacheStore", () => {
  it("gets, overwrites and deletes entries by key", async () => {
    const store = createSqliteCacheStore(tempDb().db);
    expect(await store.get("k")).toBeUndefined();
    await store.put("k", entry);
    expect(await store.get("k")).toEqual(entry);
    await store.put("k", { ...entry, text: "newer" });
    expect(await store.get("k")).toEqual({ ...entry, text: "newer" });
    await store.delete("k");
    expect(await store.get("k")).toBeUndefined();
  });

  it("lets a second process (a re-run) replay answers without asking the server", async () => {
    const fake: FakeOpenAI = await startFakeOpenAI([text("paid once")]);
    cleanups.push(fake.close);
    const database = tempDb();
    const profile = { baseURL: fake.url, apiKey: "sk-sqlite", model: "fake-model" };
    await withCache(createOpenAITeacher(profile), createSqliteCacheStore(database.db)).complete(chatRequest("hi"));

    const reopened = openDatabase(database.file);
    cleanups.push(reopened.close);
    const replay = await withCache(createOpenAITeacher(profile), createSqliteCacheStore(reopened.db)).complete(chatRequest("hi"));
    expect(replay).toMatchObject({ text: "paid once", cached: true });
    expect(fake.requests).toHaveLength(1);
  });
});
