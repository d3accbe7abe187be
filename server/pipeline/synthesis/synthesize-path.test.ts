import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasSharedData, sharedData } from "../../../test/shared-data";
import { bindExecutors } from "../../executors/choose-executor";
import { createSession } from "../../executors/session";
import { createOfflineTeacher } from "../../teacher/offline";
import { importCatalogs } from "../catalog";
import type { FunctionPath } from "../schemas/path";
import { negativeErrorTypes, TeacherError, type Teacher } from "../teacher";
import { synthesizePath, type SynthesisOptions } from "./synthesize-path";

const catalog = () => {
  const bytes = readFileSync(sharedData("bfcl_v3", "multi_turn_func_doc", "ticket_api.json"));
  return new Map(importCatalogs([{ file: "ticket_api.json", bytes }]).functions.map((f) => [f.id, f]));
};

const path: FunctionPath = {
  id: "t1",
  initial: [
    { kind: "call", functions: ["ticket_login"] },
    { kind: "call", functions: ["create_ticket"] },
  ],
  turns: [
    { kind: "call", functions: ["ticket_login"] },
    { kind: "miss_param", functions: [], withheld: { function: "create_ticket", parameter: "title" } },
    { kind: "call", functions: ["create_ticket"] },
  ],
  operations: [{ op: "split", at: 1, label: "miss_param", function: "create_ticket", parameter: "title" }],
};

const options = (teacher: Teacher, extra: Partial<SynthesisOptions> = {}): SynthesisOptions => ({
  teacher,
  execute: bindExecutors([], createSession("t1")),
  seed: 3,
  negatives: negativeErrorTypes,
  judge: true,
  roundTrip: true,
  executorKinds: {},
  ...extra,
});

describe.skipIf(!hasSharedData)("synthesizePath", () => {
  it("writes a positive that asks for the missing value, and negatives that share its prefix", async () => {
    const { trajectories, filtered } = await synthesizePath(path, catalog(), options(createOfflineTeacher()));
    expect(filtered).toEqual([]);
    const [positive, ...negatives] = trajectories;
    expect(positive?.polarity).toBe("positive");
    expect(positive?.turns.map((t) => t.kind)).toEqual(["call", "miss_param", "call"]);
    const missTurn = positive?.turns[1];
    const missMessages = positive?.messages.slice(missTurn?.message_range[0], missTurn?.message_range[1]) ?? [];
    expect(missMessages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(missMessages[1]).not.toHaveProperty("tool_calls");
    expect(positive?.turns.every((t) => t.verdict === "correct")).toBe(true);
    expect(positive?.checks.round_trip?.passed).toBe(true);
    expect(positive?.provenance.prompts).toHaveProperty(["back_translate@1"]);
    expect(negatives.map((n) => n.error_type)).toContain("missed_function_or_parameter");
    expect(JSON.stringify(trajectories)).not.toContain("[Hint]");
  });

  it("takes a negative from a judged sample instead of the rule", async () => {
    const judged = [{ path_id: "t1", turn: 0, error_type: "wrong_summarization" as const, action: { text: "You are logged out." } }];
    const { trajectories } = await synthesizePath(path, catalog(), options(createOfflineTeacher(), { judged, negatives: ["wrong_summarization"] }));
    const negative = trajectories.find((t) => t.error_type === "wrong_summarization");
    expect(negative?.pair?.turn).toBe(0);
    expect(negative?.messages.at(-1)).toEqual({ role: "assistant", content: "You are logged out." });
  });

  it("filters a positive whose turn ends in failure text, saying which turn", async () => {
    const failing = options(createOfflineTeacher(), { execute: async () => ({ error: "Bad request: the ticket system is down" }) });
    const { trajectories, filtered } = await synthesizePath(path, catalog(), failing);
    expect(trajectories).toEqual([]);
    expect(filtered).toEqual([{ id: "t1-pos", reason: expect.stringMatching(/^turn 0: .*Bad request/) }]);
  });

  it("fails with the raw text when the teacher keeps answering what cannot be parsed", async () => {
    const broken: Teacher = {
      backend: "broken",
      model: "b",
      complete: async () => ({ text: '{"query": ', model: "b", usage: { promptTokens: 1, completionTokens: 1 }, cached: false }),
    };
    const failure = await synthesizePath(path, catalog(), options(broken)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TeacherError);
    expect(failure).toMatchObject({ code: "bad_answer", raw: '{"query": ' });
  });
});
