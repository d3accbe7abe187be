import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import type { Trajectory } from "../schemas/trajectory";
import { callChecks } from "./argument-check";
import { divergence, partnersOf } from "./pairing";
import { applyTurnEdit } from "./turn-edit";
import { turnCalls } from "./turn-calls";

const weather = {
  type: "function" as const,
  function: {
    name: "get_weather",
    description: "Weather in a city",
    parameters: { type: "object", properties: { city: { type: "string" }, days: { type: "integer", minimum: 1 } }, required: ["city"] },
  },
};
const call = (id: string, args: string) => ({ id, type: "function" as const, function: { name: "get_weather", arguments: args } });
const positive: Trajectory = {
  id: "p1-pos",
  path_id: "p1",
  polarity: "positive",
  tools: [weather],
  messages: [
    { role: "system", content: "You help." },
    { role: "user", content: "Weather in Oslo?" },
    { role: "assistant", content: "", tool_calls: [call("c1", '{"city":"Oslo"}')] },
    { role: "tool", tool_call_id: "c1", content: '{"temp":3}' },
    { role: "assistant", content: "It is 3 degrees." },
    { role: "user", content: "And in Rome and Paris for 2 days?" },
    { role: "assistant", content: "", tool_calls: [call("c2", '{"city":"Rome","days":2}'), call("c3", '{"city":"Paris","days":"2"}')] },
    { role: "tool", tool_call_id: "c2", content: "{}" },
    { role: "tool", tool_call_id: "c3", content: "{}" },
  ],
  turns: [
    { kind: "call", query: "Weather in Oslo?", reference: [{ name: "get_weather", arguments: { city: "Oslo" } }], outputs: [{ temp: 3 }], message_range: [1, 5] },
    {
      kind: "call",
      query: "And in Rome and Paris for 2 days?",
      reference: [
        { name: "get_weather", arguments: { city: "Rome", days: 2 } },
        { name: "get_weather", arguments: { city: "Paris", days: 2 } },
      ],
      outputs: [{}, {}],
      message_range: [5, 9],
    },
  ],
  checks: {},
  provenance: { path_id: "p1", operations: [], teacher: { backend: "offline", model: "m" }, prompts: {}, seed: 1, executor: {} },
};
const negative: Trajectory = { ...positive, id: "p1-neg", polarity: "negative", error_type: "wrong_summarization", pair: { positive_id: "p1-pos", turn: 0, message: 4 } };

function refusal(run: () => unknown): InvalidInput {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error("the edit was accepted");
}

describe("applyTurnEdit", () => {
  it("rewrites the query and the calls' arguments of one turn, keeping the teacher's reference", () => {
    const { trajectory, before, after } = applyTurnEdit(positive, 1, { query: "Rome and Paris, 2 days", calls: [{ index: 1, arguments: '{ "city": "Paris", "days": 2 }' }] });
    expect(trajectory.turns[1]?.query).toBe("Rome and Paris, 2 days");
    expect(trajectory.messages[5]).toEqual({ role: "user", content: "Rome and Paris, 2 days" });
    expect(turnCalls(trajectory, 1).map((c) => c.call.function.arguments)).toEqual(['{"city":"Rome","days":2}', '{"city":"Paris","days":2}']);
    expect(trajectory.turns[1]?.reference).toEqual(positive.turns[1]?.reference);
    expect(trajectory.messages.slice(0, 5)).toEqual(positive.messages.slice(0, 5));
    expect(before).toEqual({
      query: "And in Rome and Paris for 2 days?",
      calls: [
        { name: "get_weather", arguments: '{"city":"Rome","days":2}' },
        { name: "get_weather", arguments: '{"city":"Paris","days":"2"}' },
      ],
    });
    expect(after.calls[1]?.arguments).toBe('{"city":"Paris","days":2}');
  });

  it.each<[string, number, Parameters<typeof applyTurnEdit>[2], string, RegExp]>([
    ["arguments that are not JSON", 0, { calls: [{ index: 0, arguments: "{city: Oslo}" }] }, "calls[0].arguments", /is not valid JSON/],
    ["arguments that are not an object", 0, { calls: [{ index: 0, arguments: '["Oslo"]' }] }, "calls[0].arguments", /must be a JSON object/],
    ["a value of the wrong type", 1, { calls: [{ index: 0, arguments: '{"city":"Rome","days":"two"}' }] }, "calls[0].arguments.days", /must be integer/],
    ["a missing required value", 0, { calls: [{ index: 0, arguments: "{}" }] }, "calls[0].arguments.city", /is required/],
    ["an undocumented parameter", 0, { calls: [{ index: 0, arguments: '{"city":"Oslo","country":"NO"}' }] }, "calls[0].arguments.country", /is not allowed/],
    ["a call the turn does not have", 0, { calls: [{ index: 3, arguments: "{}" }] }, "calls[0].index", /has 1 calls; there is no call 3/],
    ["the same call twice", 1, { calls: [{ index: 1, arguments: '{"city":"Paris"}' }, { index: 1, arguments: '{"city":"Paris"}' }] }, "calls[1].index", /edited twice/],
    ["a turn the trajectory does not have", 2, { query: "x" }, "turn", /has 2 turns/],
    ["an edit that changes nothing", 0, {}, "query", /changes nothing/],
  ])("refuses %s, naming the field", (_label, turn, edit, field, message) => {
    const error = refusal(() => applyTurnEdit(positive, turn, edit));
    expect(error.location.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it("names every problem of a refused call, the first as the field", () => {
    const error = refusal(() => applyTurnEdit(positive, 1, { calls: [{ index: 0, arguments: '{"days":0}' }] }));
    expect(error.location.field).toBe("calls[0].arguments.city");
    expect(error.message).toMatch(/is required \(also calls\[0\]\.arguments\.days: must be >= 1\)/);
  });
});

describe("callChecks and pairing", () => {
  it("marks each call whose arguments break its tool's schema", () => {
    expect(callChecks(positive)).toEqual([
      { id: "c1", problems: [] },
      { id: "c2", problems: [] },
      { id: "c3", problems: ["arguments.days: must be integer"] },
    ]);
  });

  it("pairs a negative with its positive and says where they diverge", () => {
    const siblings = [positive, negative, { ...negative, id: "p2-neg", pair: { positive_id: "p2-pos", turn: 0, message: 2 } }].map((data) => ({ data }));
    expect(partnersOf(negative, siblings).map((s) => s.data.id)).toEqual(["p1-pos"]);
    expect(partnersOf(positive, siblings).map((s) => s.data.id)).toEqual(["p1-neg"]);
    expect(divergence(negative)).toEqual({ positiveId: "p1-pos", turn: 0, message: 4 });
    expect(divergence(positive)).toBeUndefined();
  });
});
