import { describe, expect, it } from "vitest";
import type { TeacherRole } from "../teacher";
import { extractJsonObject } from "./extract-json";
import { parseAnswer } from "./parse-answer";

describe("parseAnswer: JSON roles accept a good answer", () => {
  const good: [TeacherRole, string, unknown][] = [
    ["classify_domain", '{"category": "Travel"}', { category: "Travel" }],
    ["classify_domain", '```json\n{"category": "Travel"}\n```', { category: "Travel" }],
    ["classify_domain", 'Sure! Here it is:\n{"category": "Travel"}\nHope that helps.', { category: "Travel" }],
    ["classify_domain", "{'category': 'Travel'}", { category: "Travel" }],
    [
      "judge_dependency",
      '{"edges": [{"source": "a", "target": "b", "kind": "exact_input", "weight": 0.8, "nested": true, "reason": "a.id feeds b.id"}]}',
      { edges: [{ source: "a", target: "b", kind: "exact_input", weight: 0.8, nested: true, reason: "a.id feeds b.id" }] },
    ],
    ["judge_dependency", '{"edges": []}', { edges: [] }],
    ["judge_nested", '{"nested": false, "reason": "unrelated"}', { nested: false, reason: "unrelated" }],
    ["judge_nested", '{"nested": true, "parameter": "value", "reason": "miles feed value"}', { nested: true, parameter: "value", reason: "miles feed value" }],
    ["back_translate", '{"query": "Book the first one for three nights, please."}', { query: "Book the first one for three nights, please." }],
    ["simulate_execution", '{"output": {"hotels": [{"id": "H-1"}]}}', { output: { hotels: [{ id: "H-1" }] } }],
    ["simulate_execution", '{"output": null}', { output: null }],
    ["judge_turn", '{"verdict": "short_dependency_misuse", "reason": "wrong hotel id"}', { verdict: "short_dependency_misuse", reason: "wrong hotel id" }],
  ];
  it.each(good)("%s %j", (role, text, value) => {
    expect(parseAnswer(role, text)).toEqual({ ok: true, value });
  });
});

describe("parseAnswer: JSON roles say what is wrong", () => {
  const broken: [TeacherRole, string, string][] = [
    ["classify_domain", '{"category": "Trav', 'classify_domain: truncated JSON: the text ends where the end of a string was expected at column 19 in "{\\"category\\": \\"Trav"'],
    ["classify_domain", "I think it is Travel.", 'classify_domain: no JSON object in the answer in "I think it is Travel."'],
    ["classify_domain", '{"category": "A"} {"category": "B"}', "classify_domain: found 2 JSON objects, expected one"],
    ["classify_domain", '{"category": ""}', "classify_domain: category: Too small: expected string to have >=1 characters"],
    ["classify_domain", '{"domain": "Travel"}', "classify_domain: category: Invalid input: expected string, received undefined"],
    ["judge_dependency", '{"edges": [{"source": "a", "target": "b", "kind": "related", "weight": 2, "nested": "yes", "reason": "x"}]}', "judge_dependency: edges.0.kind: Invalid option"],
    ["judge_dependency", '{"edges": {"source": "a"}}', "judge_dependency: edges: Invalid input: expected array, received object"],
    ["judge_nested", '{"nested": "true", "reason": "x"}', "judge_nested: nested: Invalid input: expected boolean, received string"],
    ["back_translate", '{"query": 42}', "back_translate: query: Invalid input: expected string, received number"],
    ["simulate_execution", '{"result": {"ok": true}}', "simulate_execution: output: Invalid input: expected nonoptional, received undefined"],
    ["judge_turn", '{"verdict": "partially_correct", "reason": "close"}', 'judge_turn: verdict: Invalid option: expected one of "correct"|"missing_nested_call"'],
    ["judge_turn", '{"verdict": "correct"', "judge_turn: truncated JSON"],
  ];
  it.each(broken)("%s %j", (role, text, error) => {
    const parsed = parseAnswer(role, text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(error);
  });

  it("names every problem field, up to three", () => {
    const parsed = parseAnswer("judge_dependency", '{"edges": [{"source": "a", "target": "b", "kind": "related", "weight": 2, "nested": "yes", "reason": "x"}]}');
    expect(!parsed.ok && parsed.error).toMatch(/^judge_dependency: edges\.0\.kind: .*; edges\.0\.weight: .*; edges\.0\.nested: .* in "/);
  });
});

describe("parseAnswer: action roles", () => {
  it("reads calls and text", () => {
    expect(parseAnswer("forth_translate", '[book_hotel(hotel_id="H-1", nights=3)]')).toEqual({
      ok: true,
      value: { type: "calls", calls: [{ name: "book_hotel", arguments: { hotel_id: "H-1", nights: 3 } }] },
    });
    expect(parseAnswer("distill_positive", "```python\n[f(a=True)]\n```")).toEqual({ ok: true, value: { type: "calls", calls: [{ name: "f", arguments: { a: true } }] } });
    expect(parseAnswer("distill_negative", "Which city do you mean?")).toEqual({ ok: true, value: { type: "text", text: "Which city do you mean?" } });
  });

  it("says where a call list is malformed", () => {
    expect(parseAnswer("forth_translate", "[f(a=1")).toEqual({ ok: false, error: `forth_translate: expected ',' or ')' at column 7 in "[f(a=1"` });
  });

  it("refuses an empty call list and an empty answer", () => {
    expect(parseAnswer("distill_positive", "[]")).toEqual({ ok: false, error: "distill_positive: the call list is empty" });
    expect(parseAnswer("distill_positive", "  \n ")).toEqual({ ok: false, error: "distill_positive: the answer is empty" });
  });
});

describe("extractJsonObject", () => {
  it("skips braces in prose and apostrophes before the object", () => {
    expect(extractJsonObject(`Here's {my answer}: {"category": "it's fine"}`)).toEqual({ ok: true, value: { category: "it's fine" } });
  });
  it("never takes an inner object out of a broken outer one", () => {
    const truncated = '{"edges": [{"source": "a", "target": "b"}, {"source": "c"';
    expect(extractJsonObject(truncated)).toMatchObject({ ok: false, error: expect.stringMatching(/^truncated JSON: /) });
  });
  it("reads braces inside strings as text", () => {
    expect(extractJsonObject('{"reason": "uses {id} and }"}')).toEqual({ ok: true, value: { reason: "uses {id} and }" } });
  });
  it("gives the position of a syntax error in the answer", () => {
    expect(extractJsonObject('ok:\n{"a": 1,, "b": 2}')).toEqual({ ok: false, error: expect.stringMatching(/^invalid JSON: .* at line 2, column 9$/) });
  });
});
