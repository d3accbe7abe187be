import { beforeAll, describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { parseCalls } from "../calls";
import type { ChatMessage } from "../schemas/chat";
import type { Trajectory } from "../schemas/trajectory";
import { formats, isPromptSide, sharegptDatasetInfo, toBfcl, toOpenAiSft, toShareGpt, toTrlSft, type ShareGptMessage } from ".";
import { bfclTrajectories } from "./test-fixtures";

/** Every tool call id answered by exactly one tool message after it. */
function expectAnswered(messages: readonly { role: string; tool_call_id?: string; tool_calls?: { id: string }[] }[], id: string): void {
  const asked = messages.flatMap((m) => (m.tool_calls ?? []).map((c) => c.id));
  const answered = messages.flatMap((m) => (m.role === "tool" && m.tool_call_id !== undefined ? [m.tool_call_id] : []));
  expect([...answered].sort(), id).toEqual([...asked].sort());
}

/** LLaMA-Factory's check: human/observation at even indices, gpt/function_call at odd ones. */
const alternates = (conversation: readonly ShareGptMessage[]): boolean => conversation.every((m, i) => isPromptSide(m.from) === (i % 2 === 0));

describe.skipIf(!hasSharedData)("SFT formats on BFCL multi-turn trajectories", () => {
  let trajectories: Trajectory[] = [];
  beforeAll(async () => {
    trajectories = await bfclTrajectories();
  });

  it("has the cases the formats must handle", () => {
    const kinds = new Set(trajectories.flatMap((t) => t.turns.map((turn) => turn.kind)));
    expect(kinds).toEqual(new Set(["call", "miss_func", "miss_param", "irrelevant"]));
    expect(trajectories.some((t) => t.messages.some((m) => m.role === "assistant" && (m.tool_calls?.length ?? 0) > 1))).toBe(true);
  });

  it("openai-sft: tools wrapped, parallel calls on, arguments JSON strings that parse, content '' beside calls, every call answered", () => {
    for (const t of trajectories) {
      const row = toOpenAiSft(t);
      expect(Object.keys(row).sort()).toEqual(["messages", "parallel_tool_calls", "tools"]);
      expect(row.parallel_tool_calls).toBe(true);
      expect(row.tools.map((tool) => tool.type)).toEqual(t.tools.map(() => "function"));
      expect(row.tools.map((tool) => tool.function.name)).toEqual(t.tools.map((tool) => tool.function.name));
      expect(row.messages.map((m) => m.role)).toEqual(t.messages.map((m) => m.role));
      for (const m of row.messages) {
        if (m.role !== "assistant" || m.tool_calls === undefined) continue;
        expect(m.content).toBe("");
        expect(m.tool_calls.length).toBeGreaterThan(0);
        for (const call of m.tool_calls) {
          expect(Object.keys(call).sort()).toEqual(["function", "id", "type"]);
          expect(call.type).toBe("function");
          expect(typeof call.function.arguments).toBe("string");
          expect(typeof JSON.parse(call.function.arguments)).toBe("object");
        }
      }
      expectAnswered(row.messages, t.id);
    }
  });

  it("trl-sft: arguments are objects equal to the stored JSON, tool messages name their function", () => {
    for (const t of trajectories) {
      const row = toTrlSft(t);
      expect(Object.keys(row).sort()).toEqual(["messages", "tools"]);
      const stored = t.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []) : []));
      const calls = row.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []) : []));
      expect(calls.map((c) => c.function.arguments)).toEqual(stored.map((c) => JSON.parse(c.function.arguments)));
      for (const call of calls) expect(typeof call.function.arguments).toBe("object");
      const names = new Map(stored.map((c) => [c.id, c.function.name]));
      for (const m of row.messages) if (m.role === "tool") expect(m.name).toBe(names.get(m.tool_call_id));
      expectAnswered(row.messages, t.id);
    }
  });

  it("sharegpt: roles alternate as LLaMA-Factory requires, calls and results carry what the messages did", () => {
    for (const t of trajectories) {
      const row = toShareGpt(t);
      expect(Object.keys(row).sort()).toEqual(["conversations", "system", "tools"]);
      expect(alternates(row.conversations), t.id).toBe(true);
      expect(row.conversations.length % 2, t.id).toBe(0);
      expect(row.system).toBe(t.messages[0]?.role === "system" ? t.messages[0].content : "");
      expect(JSON.parse(row.tools)).toEqual(t.tools.map((tool) => tool.function));
      const storedCalls = t.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []) : []));
      const calls = row.conversations.flatMap((m) => {
        if (m.from !== "function_call") return [];
        const value: unknown = JSON.parse(m.value);
        return Array.isArray(value) ? value : [value];
      });
      expect(calls).toEqual(storedCalls.map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) })));
      const results = row.conversations.flatMap((m) => {
        if (m.from !== "observation") return [];
        const value: unknown = JSON.parse(m.value);
        return Array.isArray(value) ? value : [m.value];
      });
      expect(results).toEqual(t.messages.flatMap((m) => (m.role === "tool" ? [m.content] : [])));
    }
  });

  it("sharegpt: merges same-side runs and drops a trailing user message", () => {
    const base = trajectories[0] as Trajectory;
    const messages: ChatMessage[] = [
      { role: "system", content: "S" },
      { role: "user", content: "a" },
      { role: "user", content: "b" },
      { role: "assistant", content: "thinking" },
      { role: "assistant", content: "", tool_calls: [{ id: "abcdefgh1", type: "function", function: { name: "f", arguments: '{"x":1}' } }] },
      { role: "tool", tool_call_id: "abcdefgh1", content: "1" },
      { role: "assistant", content: "one" },
      { role: "assistant", content: "two" },
      { role: "user", content: "dangling" },
    ];
    const row = toShareGpt({ ...base, messages });
    expect(row.conversations).toEqual([
      { from: "human", value: "a\n\nb" },
      { from: "function_call", value: '{"name":"f","arguments":{"x":1}}' },
      { from: "observation", value: "1" },
      { from: "gpt", value: "one\n\ntwo" },
    ]);
  });

  it("sharegptDatasetInfo: the columns and tags LLaMA-Factory reads", () => {
    const tags = { role_tag: "from", content_tag: "value", user_tag: "human", assistant_tag: "gpt", observation_tag: "observation", function_tag: "function_call" };
    expect(sharegptDatasetInfo("magnet", "sharegpt.jsonl")).toEqual({
      magnet: { file_name: "sharegpt.jsonl", formatting: "sharegpt", columns: { messages: "conversations", system: "system", tools: "tools" }, tags },
    });
    expect(sharegptDatasetInfo("magnet_dpo", "sharegpt-dpo.jsonl", { ranking: true }).magnet_dpo).toEqual({
      file_name: "sharegpt-dpo.jsonl",
      formatting: "sharegpt",
      ranking: true,
      columns: { messages: "conversations", system: "system", tools: "tools", chosen: "chosen", rejected: "rejected" },
      tags,
    });
  });

  it("bfcl: one question per turn, dict/float schemas, possible answers that parse back into the reference", () => {
    for (const t of trajectories) {
      const { entry, answer } = toBfcl(t);
      expect(entry.id).toBe(t.id);
      expect(answer.id).toBe(t.id);
      expect(entry.question).toHaveLength(t.turns.length);
      expect(answer.ground_truth).toHaveLength(t.turns.length);
      const schemas = JSON.stringify(entry.function.map((f) => f.parameters));
      expect(schemas).not.toMatch(/"type":"(object|number)"/);
      for (const f of entry.function) expect(f.parameters.type).toBe("dict");
      t.turns.forEach((turn, i) => {
        const parsed = parseCalls(`[${(answer.ground_truth[i] ?? []).join(", ")}]`);
        expect(parsed.ok && parsed.calls, `${t.id} turn ${i}`).toEqual(turn.reference);
        const question = entry.question[i] ?? [];
        if (entry.missed_function?.[String(i)] === undefined) expect(question).toEqual([{ role: "user", content: turn.query }]);
        else expect(question).toEqual([]);
      });
    }
  });

  it("bfcl: a miss_func turn withholds its function until the next turn, which calls it", () => {
    const missing = trajectories.filter((t) => t.turns.some((turn, i) => turn.kind === "miss_func" && i + 1 < t.turns.length));
    expect(missing.length).toBeGreaterThan(0);
    for (const t of missing) {
      const { entry } = toBfcl(t);
      const missed = Object.entries(entry.missed_function ?? {});
      expect(missed.length, t.id).toBeGreaterThan(0);
      for (const [index, names] of missed) {
        expect(t.turns[Number(index) - 1]?.kind).toBe("miss_func");
        for (const name of names) {
          expect(entry.function.map((f) => f.name)).not.toContain(name);
          expect(t.turns[Number(index)]?.reference.map((c) => c.name)).toContain(name);
        }
      }
    }
  });

  it("formats registry: every sft format writes one row per file", () => {
    for (const [name, spec] of Object.entries(formats)) {
      if (spec.kind !== "sft") continue;
      const rows = spec.rows(trajectories[0] as Trajectory);
      expect(rows, name).toHaveLength(spec.files.length);
    }
  });
});
