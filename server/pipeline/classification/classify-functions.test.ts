import { describe, expect, it } from "vitest";
import type { FunctionSpec } from "../schemas/function-spec";
import type { Teacher, TeacherRequest } from "../teacher";
import { classifyFunctions } from "./classify-functions";

const spec = (name: string, category: string): FunctionSpec => ({
  id: name,
  name,
  description: name.replaceAll("_", " "),
  parameters: { type: "object", properties: {}, required: [] },
  toolkit: "t",
  category,
  source: { format: "openai", file: "f.json", record: 0 },
});

function scripted(answers: string[]) {
  const requests: TeacherRequest[] = [];
  const teacher: Teacher = {
    backend: "scripted",
    model: "m",
    async complete(request) {
      requests.push(request);
      return { text: answers[requests.length - 1] ?? "{}", model: "m", usage: { promptTokens: 1, completionTokens: 1 }, cached: false };
    },
  };
  return { teacher, requests };
}

describe("classifyFunctions", () => {
  it("labels only misc functions, offering the catalog's own categories, and asks again outside the list", async () => {
    const { teacher, requests } = scripted(['{"category": "Astrology"}', '{"category": "Weather"}']);
    const result = await classifyFunctions([spec("get_forecast", "misc"), spec("book_room", "Travel")], teacher, { concurrency: 1 });
    expect(result.map((f) => f.category)).toEqual(["Weather", "Travel"]);
    expect(requests).toHaveLength(2);
    const task = requests[0]?.task;
    expect(task?.role === "classify_domain" ? task.categories : []).toContain("Travel");
  });
});
