import { describe, expect, it } from "vitest";
import { dedupeKey } from "../pipeline/export";
import type { Trajectory } from "../pipeline/schemas/trajectory";
import { skeletonOf, trajectorySkeleton } from "./skeleton";

const record = (args: string): Trajectory => ({
  id: "t",
  path_id: "p",
  polarity: "positive",
  tools: [{ type: "function", function: { name: "f", description: "d", parameters: {} } }],
  messages: [
    { role: "user", content: "do it" },
    { role: "assistant", content: "", tool_calls: [{ id: "abcdefghi", type: "function", function: { name: "f", arguments: args } }] },
    { role: "tool", tool_call_id: "abcdefghi", content: "{\"big\":\"output\"}" },
    { role: "assistant", content: "done" },
  ],
  turns: [{ kind: "call", query: "do it", reference: [{ name: "f", arguments: {} }], outputs: [{ big: "output" }], message_range: [0, 4] }],
  checks: {},
  provenance: { path_id: "p", operations: [], teacher: { backend: "b", model: "m" }, prompts: {}, seed: 1, executor: {} },
});

describe("export skeletons", () => {
  it("drop texts, tools and outputs but keep what deduplication compares", () => {
    const full = record('{"a":1}');
    const skeleton = skeletonOf(trajectorySkeleton.parse(full));
    expect(skeleton.tools).toEqual([]);
    expect(skeleton.turns[0]?.outputs).toEqual([]);
    expect(JSON.stringify(skeleton)).not.toContain("big");
    expect(dedupeKey(skeleton)).toEqual(dedupeKey(full));
    expect(dedupeKey(skeletonOf(trajectorySkeleton.parse(record('{"a":2}'))))).not.toEqual(dedupeKey(skeleton));
  });
});
