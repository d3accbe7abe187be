import { beforeAll, describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { InvalidInput } from "../errors";
import { trajectory, type Trajectory } from "../schemas/trajectory";
import { fromOpenAiSft, toOpenAiSft } from ".";
import { bfclTrajectories } from "./test-fixtures";

describe.skipIf(!hasSharedData)("fromOpenAiSft", () => {
  let trajectories: Trajectory[] = [];
  beforeAll(async () => {
    trajectories = await bfclTrajectories();
  });

  it("round-trips: trajectory → openai-sft → trajectory → openai-sft gives identical rows", () => {
    trajectories.forEach((t, record) => {
      const row = JSON.parse(JSON.stringify(toOpenAiSft(t)));
      const imported = fromOpenAiSft(row, { file: "set.jsonl", record });
      expect(trajectory.parse(imported)).toEqual(imported);
      expect(toOpenAiSft(imported)).toEqual(row);
    });
  });

  it("rebuilds turns from user messages, with the assistant's calls as the reference", () => {
    for (const [record, t] of trajectories.entries()) {
      const imported = fromOpenAiSft(toOpenAiSft(t), { record });
      expect(imported.id).toBe(`openai-sft:${record}`);
      expect(imported.polarity).toBe("positive");
      expect(imported.provenance.teacher.backend).toBe("openai-sft import");
      expect(imported.turns.map((turn) => turn.message_range)).toEqual(t.turns.map((turn) => turn.message_range));
      expect(imported.turns.map((turn) => turn.query)).toEqual(t.turns.map((turn) => turn.query));
      if (t.polarity === "positive") {
        expect(imported.turns.map((turn) => turn.reference)).toEqual(t.turns.map((turn) => turn.reference));
        expect(imported.turns.map((turn) => turn.outputs)).toEqual(t.turns.map((turn) => turn.outputs));
      }
    }
  });

  it("accepts null assistant content beside tool calls, as other exporters write it", () => {
    const row = {
      messages: [
        { role: "user", content: "go" },
        { role: "assistant", content: null, tool_calls: [{ id: "a", type: "function", function: { name: "f", arguments: "{}" } }] },
        { role: "tool", tool_call_id: "a", content: "ok" },
      ],
    };
    expect(fromOpenAiSft(row, { record: 0 }).messages[1]).toMatchObject({ content: "" });
  });

  it("names record and field of what is wrong", () => {
    const bad = (row: unknown): InvalidInput => {
      try {
        fromOpenAiSft(row, { file: "set.jsonl", record: 7 });
      } catch (error) {
        if (error instanceof InvalidInput) return error;
        throw error;
      }
      throw new Error("accepted");
    };
    expect(bad({ messages: [{ role: "user", content: 3 }] }).message).toMatch(/^set\.jsonl, record 7, field messages\[0\]\.content: /);
    const call = { id: "a", type: "function", function: { name: "f", arguments: "{oops" } };
    const unparsable = bad({ messages: [{ role: "user", content: "x" }, { role: "assistant", content: "", tool_calls: [call] }, { role: "tool", tool_call_id: "a", content: "" }] });
    expect(unparsable.location).toEqual({ file: "set.jsonl", record: 7, field: "messages[1].tool_calls[0].function.arguments" });
    const unanswered = bad({ messages: [{ role: "user", content: "x" }, { role: "assistant", content: "", tool_calls: [{ ...call, function: { name: "f", arguments: "{}" } }] }] });
    expect(unanswered.message).toMatch(/record 7.*tool call a has no tool message/);
    expect(bad({ messages: [{ role: "user", content: "x" }, { role: "tool", tool_call_id: "z", content: "" }] }).location.field).toBe("messages[1].tool_call_id");
  });
});
