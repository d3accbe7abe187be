import { describe, expect, it } from "vitest";
import type { Trajectory } from "@/server/pipeline/schemas/trajectory";
import { conversationView, editableTurn } from "./conversation";
import { diverged, pairRows } from "./pair-view";

const call = (id: string, name: string, args: string) => ({ id, type: "function" as const, function: { name, arguments: args } });
const trajectory: Trajectory = {
  id: "t",
  path_id: "p",
  polarity: "positive",
  tools: [],
  messages: [
    { role: "system", content: "Be helpful." },
    { role: "user", content: "Which city?" },
    { role: "assistant", content: "Which city do you mean?" },
    { role: "user", content: "Oslo and Rome" },
    { role: "assistant", content: "", tool_calls: [call("a", "weather", '{"city":"Oslo"}'), call("b", "weather", "{not json")] },
    { role: "tool", tool_call_id: "b", content: "rome result" },
    { role: "tool", tool_call_id: "a", content: "oslo result" },
    { role: "tool", tool_call_id: "zzz", content: "stray" },
    { role: "assistant", content: "Oslo 3°, Rome 15°." },
  ],
  turns: [
    { kind: "miss_param", query: "Which city?", reference: [], outputs: [], message_range: [1, 3] },
    { kind: "call", query: "Oslo and Rome", reference: [{ name: "weather", arguments: { city: "Oslo" } }], outputs: [], message_range: [3, 9], verdict: "correct" },
  ],
  checks: {},
  provenance: { path_id: "p", operations: [], teacher: { backend: "offline", model: "m" }, prompts: {}, seed: 1, executor: {} },
};

describe("conversationView", () => {
  const view = conversationView(trajectory, [{ id: "b", problems: ["arguments: is not valid JSON"] }]);

  it("puts the system prompt before the turns and each turn's messages in it", () => {
    expect(view.preamble).toEqual([{ role: "system", index: 0, content: "Be helpful." }]);
    expect(view.turns.map((t) => [t.kind, t.bubbles.map((b) => b.role), t.callCount])).toEqual([
      ["miss_param", ["user", "assistant"], 0],
      ["call", ["user", "assistant", "tool", "assistant"], 2],
    ]);
  });

  it("places each tool result under the call with its id, whatever their order, and keeps a stray result apart", () => {
    const assistant = view.turns[1]?.bubbles[1];
    if (assistant?.role !== "assistant") throw new Error("no assistant bubble");
    expect(assistant.calls).toEqual([
      { id: "a", name: "weather", arguments: '{\n  "city": "Oslo"\n}', problems: [], result: "oslo result" },
      { id: "b", name: "weather", arguments: "{not json", problems: ["arguments: is not valid JSON"], result: "rome result" },
    ]);
    expect(view.turns[1]?.bubbles[2]).toEqual({ role: "tool", index: 7, content: "stray", toolCallId: "zzz" });
  });

  it("opens the editor on the current turn when it has calls, else on the first turn that has some", () => {
    expect(editableTurn(view.turns, undefined)).toBe(1);
    expect(editableTurn(view.turns, 0)).toBe(1);
    expect(editableTurn(view.turns, 1)).toBe(1);
    expect(editableTurn(view.turns.slice(0, 1), 0)).toBe(0);
  });

  it("aligns a positive and a shorter negative turn by turn, marking the diverging turn and the shared ones", () => {
    const rows = pairRows(view.turns, view.turns.slice(0, 1), 1);
    expect(rows.map((r) => [r.index, r.positive?.index, r.negative?.index, r.diverging, r.shared])).toEqual([
      [0, 0, 0, false, true],
      [1, 1, undefined, true, false],
    ]);
    expect([3, 4, 5].map((m) => diverged(m, 4))).toEqual([false, true, true]);
  });
});
