import { afterEach, describe, expect, it } from "vitest";
import { startFakeOpenAI, text, type FakeOpenAI } from "../../test/fake-openai/server";
import type { FunctionSpec } from "../pipeline/schemas/function-spec";
import type { FunctionPath } from "../pipeline/schemas/path";
import { TeacherError } from "../pipeline/teacher";
import { translatePath } from "../pipeline/translation";
import { createOpenAITeacher } from "./openai-teacher";

const add: FunctionSpec = {
  id: "add",
  name: "add",
  description: "Add two numbers.",
  parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] },
  returns: { type: "object", properties: { result: { type: "number" } } },
  toolkit: "math",
  category: "Mathematics",
  source: { format: "openai", file: "math.json", record: 0 },
};
const path: FunctionPath = { id: "p", turns: [{ kind: "call", functions: ["add"] }], initial: [{ kind: "call", functions: ["add"] }], operations: [] };
const catalog = new Map([[add.id, add]]);

describe("malformed teacher answers through the real openai client", () => {
  let fake: FakeOpenAI | undefined;
  afterEach(() => fake?.close());

  const translate = (url: string) =>
    translatePath(path, catalog, {
      teacher: createOpenAITeacher({ baseURL: url, apiKey: "sk-faults", model: "m", maxAttempts: 1 }),
      execute: async (call) => ({ result: Number(call.arguments.a) + Number(call.arguments.b) }),
    });

  it("asks again, naming the problem, when the calls name an unknown function or parameter", async () => {
    fake = await startFakeOpenAI([
      text('{"query": "What is 2 plus 3?"}'),
      text("[sum(a=2, b=3)]"),
      text("[add(a=2, c=3)]"),
      text("[add(a=2, b=3)]"),
    ]);
    const translated = await translate(fake.url);
    expect(translated.turns[0]?.steps[0]).toEqual({ calls: [{ name: "add", arguments: { a: 2, b: 3 } }], outputs: [{ result: 5 }] });
    expect(fake.requests).toHaveLength(4);
    expect(fake.requests[2]?.bodyText).toContain("could not be used");
    expect(fake.requests[2]?.bodyText).toContain("sum");
  });

  it("gives up with the raw text after answers that stay truncated", async () => {
    fake = await startFakeOpenAI(() => text('{"query": "What is 2 plus'));
    const failure = await translate(fake.url).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TeacherError);
    expect(failure).toMatchObject({ code: "bad_answer", raw: '{"query": "What is 2 plus' });
    expect(fake.requests).toHaveLength(3);
  });
});
