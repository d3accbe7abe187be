import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../pipeline/prompts";
import type { ChatMessage, FunctionCall } from "../../pipeline/schemas/chat";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import { distillAnswer } from "./distill";
import { judgeTurn } from "./judge-turn";

const bookFlight: FunctionSpec = {
  id: "book_flight",
  name: "book_flight",
  description: "Book a flight.",
  parameters: {
    type: "object",
    properties: { travel_date: { type: "string", description: "The date of the travel in the format YYYY-MM-DD" }, travel_from: { type: "string" } },
    required: ["travel_date", "travel_from"],
  },
  toolkit: "travel_booking",
  category: "Travel",
  source: { format: "bfcl-doc", file: "travel_booking.json", record: 0 },
};
const call: FunctionCall = { name: "book_flight", arguments: { travel_date: "2025-06-01", travel_from: "JFK" } };
const output = { booking_id: "bk_3310", booking_status: true, travel_cost: 482.5 };
const messages: ChatMessage[] = [
  { role: "user", content: "Book a flight from 'JFK' on '2025-06-01'." },
  { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "book_flight", arguments: JSON.stringify(call.arguments) } }] },
  { role: "tool", tool_call_id: "c1", content: JSON.stringify(output) },
];

function answer(hinted: { calls: FunctionCall[] } | { text: string }, role: "distill_positive" | "distill_negative" = "distill_positive", conversation = messages) {
  const text = distillAnswer({ role, messages: conversation, tools: [bookFlight], hint: "[Hint] …", hinted });
  const parsed = parseAnswer(role, text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("distillation follows the hint exactly", () => {
  it("writes the hinted calls", () => {
    expect(answer({ calls: [call] }, "distill_positive", messages.slice(0, 1))).toEqual({ type: "calls", calls: [call] });
    const misleading = { ...call, arguments: { ...call.arguments, travel_from: "unknown" } };
    expect(answer({ calls: [misleading] }, "distill_negative", messages.slice(0, 1))).toEqual({ type: "calls", calls: [misleading] });
  });

  it("summarizes the outputs with their actual values, which the judge accepts", () => {
    const summary = answer({ text: "summarize" });
    if (summary.type !== "text") throw new Error("expected text");
    for (const value of ["bk_3310", "482.5"]) expect(summary.text).toContain(value);
    expect(judgeTurn({ role: "judge_turn", query: messages[0]?.content ?? "", reference: [call], action: { calls: [call], text: summary.text }, outputs: [output] }).verdict).toBe("correct");
  });

  it("asks for a missing function or value in words", () => {
    const missing = answer({ text: "miss function" }, "distill_positive", messages.slice(0, 1));
    expect(missing.type === "text" && /tool|function/i.test(missing.text)).toBe(true);
    const value = answer({ text: "missed params: travel_date" }, "distill_positive", messages.slice(0, 1));
    expect(value.type === "text" && value.text.includes("travel date") && value.text.includes("?")).toBe(true);
    const irrelevant = answer({ text: "irrelevant" }, "distill_positive", [{ role: "user", content: "Why is the sky blue?" }]);
    expect(irrelevant.type).toBe("text");
  });

  it("says a misleading summary as given", () => {
    expect(answer({ text: "Done. The result is 489.5, bk_3310-unverified." }, "distill_negative")).toEqual({ type: "text", text: "Done. The result is 489.5, bk_3310-unverified." });
  });
});
