import { beforeAll, describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { InvalidInput } from "../errors";
import type { PreferencePair } from "../schemas/preference";
import { formats, isPromptSide, toOpenAiDpo, toShareGptDpo, toTrlDpo } from ".";
import { bfclTrajectories, turnPairs } from "./test-fixtures";

describe.skipIf(!hasSharedData)("preference formats on pairs of BFCL multi-turn trajectories", () => {
  let pairs: PreferencePair[] = [];
  beforeAll(async () => {
    pairs = turnPairs(await bfclTrajectories());
  });

  it("openai-dpo: input is the prompt with tools, each output holds assistant messages only", () => {
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs.some((p) => p.chosen.some((m) => m.role === "tool"))).toBe(true);
    for (const pair of pairs) {
      const row = toOpenAiDpo(pair);
      expect(Object.keys(row).sort()).toEqual(["input", "non_preferred_output", "preferred_output"]);
      expect(row.input.messages).toHaveLength(pair.prompt.length);
      expect(row.input.tools.map((t) => t.type)).toEqual(pair.tools.map(() => "function"));
      for (const [side, output] of [["chosen", row.preferred_output], ["rejected", row.non_preferred_output]] as const) {
        expect(output.length, pair.id).toBeGreaterThan(0);
        for (const m of output) expect(m.role).toBe("assistant");
        // A side that runs through tool results keeps only its first assistant message.
        if (pair[side].some((m) => m.role === "tool")) expect(output).toHaveLength(1);
        for (const m of output) {
          if (m.role !== "assistant") continue;
          for (const call of m.tool_calls ?? []) expect(typeof JSON.parse(call.function.arguments)).toBe("object");
        }
      }
      expect(row.preferred_output).not.toEqual(row.non_preferred_output);
    }
  });

  it("trl-dpo: prompt / chosen / rejected in full, with object arguments", () => {
    for (const pair of pairs) {
      const row = toTrlDpo(pair);
      expect(Object.keys(row).sort()).toEqual(["chosen", "prompt", "rejected", "tools"]);
      expect(row.prompt).toHaveLength(pair.prompt.length);
      expect(row.chosen).toHaveLength(pair.chosen.length);
      expect(row.rejected).toHaveLength(pair.rejected.length);
      for (const m of [...row.prompt, ...row.chosen, ...row.rejected]) {
        if (m.role === "assistant") for (const call of m.tool_calls ?? []) expect(typeof call.function.arguments).toBe("object");
      }
    }
  });

  it("sharegpt-dpo: an odd-length alternating prompt, then one assistant-side entry per side (LLaMA-Factory ranking)", () => {
    for (const pair of pairs) {
      const row = toShareGptDpo(pair);
      expect(Object.keys(row).sort()).toEqual(["chosen", "conversations", "rejected", "system", "tools"]);
      expect(row.conversations.length % 2, pair.id).toBe(1);
      row.conversations.forEach((m, i) => expect(isPromptSide(m.from), `${pair.id} ${i}`).toBe(i % 2 === 0));
      for (const side of [row.chosen, row.rejected]) {
        expect(Object.keys(side).sort()).toEqual(["from", "value"]);
        expect(["gpt", "function_call"]).toContain(side.from);
      }
      expect(row.chosen).not.toEqual(row.rejected);
    }
  });

  it("refuses a pair that cannot be written, naming it", () => {
    const pair = pairs[0] as PreferencePair;
    const noAnswer = { ...pair, rejected: [] };
    expect(() => toOpenAiDpo(noAnswer)).toThrow(InvalidInput);
    expect(() => toShareGptDpo(noAnswer)).toThrow(pair.id);
    const endsOnAssistant = { ...pair, prompt: [...pair.prompt, { role: "assistant" as const, content: "hi" }] };
    expect(() => toShareGptDpo(endsOnAssistant)).toThrow(/must end on a user or tool message/);
  });

  it("formats registry: preference formats write one row per pair", () => {
    for (const [name, spec] of Object.entries(formats)) {
      if (spec.kind === "preference") expect(spec.rows(pairs[0] as PreferencePair), name).toHaveLength(1);
    }
  });
});
