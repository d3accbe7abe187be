import { describe, expect, it } from "vitest";
import { profileFromEnv } from "./openai-profile";
import { createOpenAITeacher } from "./openai-teacher";

describe("profileFromEnv", () => {
  it("reads the three variables, defaulting the base URL to OpenAI's", () => {
    expect(profileFromEnv({ OPENAI_API_KEY: "sk-x", MAGNET_TEACHER_MODEL: "gpt-4o-mini" })).toEqual({
      baseURL: "https://api.openai.com/v1",
      apiKey: "sk-x",
      model: "gpt-4o-mini",
    });
    expect(profileFromEnv({ OPENAI_BASE_URL: "http://127.0.0.1:8000/v1", MAGNET_TEACHER_MODEL: "qwen", OPENAI_API_KEY: "" })).toEqual({
      baseURL: "http://127.0.0.1:8000/v1",
      model: "qwen",
    });
  });

  it("names every missing or bad variable and never echoes a value", () => {
    expect(() => profileFromEnv({})).toThrow(/MAGNET_TEACHER_MODEL is missing.*OPENAI_API_KEY is missing/);
    expect(() => profileFromEnv({ OPENAI_BASE_URL: "http://127.0.0.1:1/v1" })).toThrow(/^Teacher environment: MAGNET_TEACHER_MODEL is missing/);
    const bad = () => profileFromEnv({ OPENAI_BASE_URL: "ftp://sk-secret@host", MAGNET_TEACHER_MODEL: "m", OPENAI_API_KEY: "sk-secret" });
    expect(bad).toThrow(/OPENAI_BASE_URL must be an http\(s\) URL/);
    expect(bad).not.toThrow(/sk-secret/);
  });

  it("reads prices, concurrency and timeout, refusing values that are not numbers", () => {
    const env = { OPENAI_BASE_URL: "http://127.0.0.1:1/v1", MAGNET_TEACHER_MODEL: "m" };
    expect(
      profileFromEnv({ ...env, MAGNET_TEACHER_INPUT_PRICE: "2.5", MAGNET_TEACHER_OUTPUT_PRICE: "10", MAGNET_TEACHER_CONCURRENCY: "16", MAGNET_TEACHER_TIMEOUT_MS: "5000" }),
    ).toEqual({ ...{ baseURL: env.OPENAI_BASE_URL, model: "m" }, pricing: { inputPerMTok: 2.5, outputPerMTok: 10 }, concurrency: 16, timeoutMs: 5000 });
    expect(() => profileFromEnv({ ...env, MAGNET_TEACHER_INPUT_PRICE: "cheap" })).toThrow(/MAGNET_TEACHER_INPUT_PRICE must be a number/);
    expect(() => profileFromEnv({ ...env, MAGNET_TEACHER_CONCURRENCY: "0" })).toThrow(/MAGNET_TEACHER_CONCURRENCY/);
  });

  it("builds an openai teacher from the environment", () => {
    const teacher = createOpenAITeacher(profileFromEnv({ OPENAI_BASE_URL: "http://127.0.0.1:1/v1", MAGNET_TEACHER_MODEL: "local-model" }));
    expect([teacher.backend, teacher.model]).toEqual(["openai", "local-model"]);
  });
});
