import { describe, expect, it } from "vitest";
import type { FunctionCall } from "../../pipeline/schemas/chat";
import { judgeTurn } from "./judge-turn";

const call = (name: string, args: Record<string, unknown> = {}): FunctionCall => ({ name, arguments: args });
const zip = call("get_zipcode", { city: "Paris" });
const distance = call("estimate_distance", { cityA: "75001", cityB: "10001" });

const cases: { name: string; query?: string; reference: FunctionCall[]; calls: FunctionCall[]; text?: string; outputs?: unknown[]; verdict: string }[] = [
  { name: "the same calls in another order", reference: [zip, distance], calls: [distance, zip], verdict: "correct" },
  { name: "the same arguments in another key order", reference: [distance], calls: [call("estimate_distance", { cityB: "10001", cityA: "75001" })], verdict: "correct" },
  { name: "text on a miss turn", reference: [], calls: [], text: "Which city do you mean?", verdict: "correct" },
  { name: "a call on a miss turn", reference: [], calls: [zip], verdict: "missed_function_or_parameter" },
  { name: "text where a call was needed", reference: [zip], calls: [], text: "Sure, done.", verdict: "missed_function_or_parameter" },
  { name: "a needed call left out", reference: [zip, distance], calls: [zip], verdict: "missing_nested_call" },
  { name: "an extra call", reference: [zip], calls: [zip, call("get_weather")], verdict: "missed_function_or_parameter" },
  {
    name: "a value of this turn's earlier output not used",
    reference: [zip, distance],
    calls: [zip, call("estimate_distance", { cityA: "unknown", cityB: "10001" })],
    outputs: [{ zipcode: "75001" }, { distance: 5837 }],
    verdict: "short_dependency_misuse",
  },
  {
    name: "a value from an earlier turn replaced",
    query: "Estimate the distance between the zipcode from earlier and '10001'.",
    reference: [distance],
    calls: [call("estimate_distance", { cityA: "94016", cityB: "10001" })],
    outputs: [{ distance: 120 }],
    verdict: "long_dependency_misuse",
  },
  { name: "a summary with the output's values", reference: [zip], calls: [zip], outputs: [{ zipcode: "75001" }], text: "Done. The zipcode is 75001.", verdict: "correct" },
  { name: "a summary with a changed number", reference: [distance], calls: [distance], outputs: [{ distance: 5837 }], text: "Done. The result is 5844.", verdict: "wrong_summarization" },
  { name: "a summary with an altered value", reference: [zip], calls: [zip], outputs: [{ status: "Open" }], text: "Done. The result is Open-unverified.", verdict: "wrong_summarization" },
  { name: "a summary of an empty value", reference: [zip], calls: [zip], outputs: [{ note: "" }], text: "Done. The result is -unverified.", verdict: "wrong_summarization" },
];

describe("the rule-based turn judge", () => {
  it.each(cases)("$name → $verdict", ({ query, reference, calls, text, outputs, verdict }) => {
    const answer = judgeTurn({ role: "judge_turn", query: query ?? "Find the zipcode of Paris and the distance to 10001.", reference, action: { calls, ...(text === undefined ? {} : { text }) }, outputs: outputs ?? [] });
    expect(answer.verdict).toBe(verdict);
    expect(answer.reason.length).toBeGreaterThan(0);
  });
});
