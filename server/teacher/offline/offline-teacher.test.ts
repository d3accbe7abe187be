import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { outputSchemaCheck } from "../../pipeline/checks";
import { askTeacher, buildRequest, parseAnswer } from "../../pipeline/prompts";
import type { TeacherTask } from "../../pipeline/teacher";
import { createOfflineTeacher } from "./offline-teacher";
import { bfcl, bfclFunctions, callsOf, callTurn, playTurn, queryOf } from "./test-fixture";

const teacher = createOfflineTeacher();

/** One task of every role, on BFCL functions. */
function sampleTasks(): TeacherTask[] {
  const login = playTurn([bfcl("authenticate_travel")], []);
  const book = playTurn([bfcl("book_flight")], [login]);
  const messages = [
    { role: "user" as const, content: book.query },
    { role: "assistant" as const, content: "", tool_calls: [{ id: "c1", type: "function" as const, function: { name: "book_flight", arguments: JSON.stringify(book.calls[0]?.arguments) } }] },
    { role: "tool" as const, tool_call_id: "c1", content: JSON.stringify(book.outputs[0]) },
  ];
  return [
    { role: "classify_domain", function: bfcl("book_flight"), categories: ["Weather", "Travel", "Finance"] },
    { role: "judge_dependency", target: bfcl("book_flight"), candidates: [bfcl("authenticate_travel"), bfcl("get_nearest_airport_by_city")] },
    { role: "judge_nested", source: bfcl("get_symbol_by_name"), target: bfcl("add_to_watchlist") },
    { role: "back_translate", turn: callTurn(bfcl("cancel_booking")), functions: [bfcl("cancel_booking")], history: [login, book] },
    { role: "forth_translate", query: book.query, functions: [bfcl("book_flight")], history: [login] },
    { role: "simulate_execution", call: book.calls[0] ?? { name: "book_flight", arguments: {} }, function: bfcl("book_flight"), history: [login] },
    { role: "distill_positive", messages, tools: [bfcl("book_flight")], hint: "[Hint] summarize", hinted: { text: "summarize" } },
    { role: "distill_negative", messages: messages.slice(0, 1), tools: [bfcl("book_flight")], hint: "[Hint] Call", hinted: { calls: book.calls }, errorType: "long_dependency_misuse" },
    { role: "judge_turn", query: book.query, reference: book.calls, action: { calls: book.calls, text: "Booked." }, outputs: book.outputs },
  ];
}

describe.skipIf(!hasSharedData)("the offline teacher", () => {
  it("answers every role in the format its template asks for, first time", async () => {
    expect(teacher.backend).toBe("offline");
    expect(teacher.model).toBe("magnet-offline-1");
    for (const task of sampleTasks()) {
      const asked = await askTeacher(teacher, task, { attempts: 1 });
      expect(asked.attempts, task.role).toBe(1);
      expect(asked.answer.model).toBe("magnet-offline-1");
      expect(asked.answer.cached).toBe(false);
    }
  });

  it("spends no tokens and answers the same task with the same text", async () => {
    for (const task of sampleTasks()) {
      const request = buildRequest(task);
      const answer = await teacher.complete(request);
      expect(answer.usage).toEqual({ promptTokens: 0, completionTokens: 0 });
      // A retry with a correction appended keeps the task, and so the answer.
      const again = await teacher.complete({ ...buildRequest(structuredClone(task)), temperature: 0.7, messages: [] });
      expect(again.text, task.role).toBe(answer.text);
    }
  });

  it("simulates outputs that validate against every function's returns", async () => {
    for (const spec of bfclFunctions()) {
      const query = queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history: [] });
      for (const call of callsOf(query, [spec], [])) {
        const answer = await teacher.complete(buildRequest({ role: "simulate_execution", call, function: spec, history: [] }));
        const parsed = parseAnswer("simulate_execution", answer.text);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(outputSchemaCheck(spec, parsed.value.output).problems, spec.name).toEqual([]);
      }
    }
  });

  it("classifies functions into the given categories by their domain words, else misc", async () => {
    const categories = [...new Set(bfclFunctions().map((spec) => spec.category))];
    const hits = await Promise.all(
      bfclFunctions().map(async (spec) => {
        const asked = await askTeacher(teacher, { role: "classify_domain", function: { ...spec, category: "misc" }, categories });
        return asked.value.category === spec.category;
      }),
    );
    expect(hits.filter(Boolean).length).toBeGreaterThanOrEqual(125);
    const generic = ["Weather", "Travel", "Finance", "Communication", "Files", "Calendar", "Maps", "Sports", "Entertainment", "Data"];
    const table: [string, string][] = [
      ["cd", "Files"],
      ["get_stock_info", "Finance"],
      ["book_flight", "Travel"],
      ["send_message", "Communication"],
      ["startEngine", "misc"],
    ];
    for (const [name, category] of table) {
      const asked = await askTeacher(teacher, { role: "classify_domain", function: bfcl(name), categories: generic });
      expect(asked.value.category, name).toBe(category);
    }
  });

  it("judges dependencies and nesting with the graph scorer", async () => {
    const dependency = await askTeacher(teacher, { role: "judge_dependency", target: bfcl("book_flight"), candidates: [bfcl("authenticate_travel"), bfcl("add")] });
    expect(dependency.value.edges).toContainEqual(expect.objectContaining({ source: "authenticate_travel", target: "book_flight", kind: "premise" }));
    for (const edge of dependency.value.edges) expect([edge.source, edge.target]).toContain("book_flight");
    const nested = await askTeacher(teacher, { role: "judge_nested", source: bfcl("get_symbol_by_name"), target: bfcl("add_to_watchlist") });
    expect(nested.value).toMatchObject({ nested: true, parameter: "stock" });
    const unrelated = await askTeacher(teacher, { role: "judge_nested", source: bfcl("add"), target: bfcl("book_flight") });
    expect(unrelated.value.nested).toBe(false);
  });
});
