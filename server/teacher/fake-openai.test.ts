import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, text, type FakeOpenAI } from "../../test/fake-openai/server";

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("startFakeOpenAI", () => {
  it("lists models and follows a function script with the request index, to the real client", async () => {
    fake = await startFakeOpenAI((_body, index) => text(`answer ${index}`), { apiKey: "sk-fake", models: ["a", "b"] });
    const client = new OpenAI({ baseURL: fake.url, apiKey: "sk-fake", maxRetries: 0 });
    expect((await client.models.list()).data.map((model) => model.id)).toEqual(["a", "b"]);
    const completion = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] });
    expect(completion.choices[0]?.message.content).toBe("answer 0");
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/models", "POST /v1/chat/completions"]);
    expect(fake.requests[1]?.headers["content-type"]).toBe("application/json");
    expect(fake.requests[1]?.headers).not.toHaveProperty("authorization");
  });

  it("refuses a wrong key and answers 500 once a queued script runs out", async () => {
    fake = await startFakeOpenAI([], { apiKey: "sk-right" });
    const wrong = new OpenAI({ baseURL: fake.url, apiKey: "sk-wrong", maxRetries: 0 });
    await expect(wrong.models.list()).rejects.toMatchObject({ status: 401 });
    const right = new OpenAI({ baseURL: fake.url, apiKey: "sk-right", maxRetries: 0 });
    await expect(right.chat.completions.create({ model: "m", messages: [] })).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/script exhausted/) });
    expect(fake.requests.map((request) => request.authorized)).toEqual([false, true]);
  });
});
