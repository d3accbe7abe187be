import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatCalls } from "../calls/format-calls";
import type { ChatMessage } from "../schemas/chat";
import { teacherRoles, type TeacherRole } from "../teacher";
import {
  backTranslateAnswer,
  classifyDomainAnswer,
  judgeDependencyAnswer,
  judgeNestedAnswer,
  judgeTurnAnswer,
  simulateExecutionAnswer,
} from "./answers";
import { fnv1a64 } from "./hash";
import { bookHotel, convertUnit, findHotels, getDistance, history, sampleTasks } from "./test-tasks";
import { buildRequest, templates } from "./templates";

function render(role: TeacherRole): { system: string; user: string } {
  const [system, user] = buildRequest(sampleTasks[role]).messages;
  return { system: system?.content ?? "", user: user?.content ?? "" };
}

const contents = (messages: ChatMessage[]): string[] => messages.map((message) => (message.role === "tool" ? "" : message.content));

describe("fnv1a64", () => {
  it("matches the reference vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
  it("hashes the UTF-8 bytes, not UTF-16 code units", () => {
    expect(fnv1a64("€")).toBe("5646581b8855166b");
  });
});

describe("templates", () => {
  it("has one template per role, id role@version, distinct hashes", () => {
    const ids = teacherRoles.map((role) => templates[role].id);
    expect(ids).toEqual(teacherRoles.map((role) => `${role}@1`));
    const hashes = teacherRoles.map((role) => templates[role].hash);
    expect(hashes.every((hash) => /^[0-9a-f]{16}$/.test(hash))).toBe(true);
    expect(new Set(hashes).size).toBe(teacherRoles.length);
  });

  it("keeps its hashes: a wording change must come with a new version and new pinned hashes", () => {
    expect(Object.fromEntries(teacherRoles.map((role) => [templates[role].id, templates[role].hash]))).toEqual(PINNED_HASHES);
  });

  it.each(teacherRoles)("%s renders a system and a user message with every slot filled", (role) => {
    const messages = buildRequest(sampleTasks[role]).messages;
    expect(messages.map((message) => message.role)).toEqual(["system", "user"]);
    for (const content of contents(messages)) {
      expect(content).not.toMatch(/\{\{\w+\}\}/);
      expect(content.trim().length).toBeGreaterThan(50);
    }
  });

  it("renders the same task to the same messages", () => {
    for (const role of teacherRoles) expect(buildRequest(sampleTasks[role])).toEqual(buildRequest(sampleTasks[role]));
  });
});

/** Every key and enum value of a JSON role's answer schema, which its prompt must spell out. */
function schemaWords(schema: z.ZodType): string[] {
  const words: string[] = [];
  const visit = (node: unknown): void => {
    const parsed = z.object({ properties: z.record(z.string(), z.unknown()).optional(), items: z.unknown().optional(), enum: z.array(z.string()).optional() }).loose().safeParse(node);
    if (!parsed.success) return;
    for (const [key, child] of Object.entries(parsed.data.properties ?? {})) {
      words.push(key);
      visit(child);
    }
    words.push(...(parsed.data.enum ?? []));
    visit(parsed.data.items);
  };
  visit(z.toJSONSchema(schema, { unrepresentable: "any" }));
  return words;
}

describe("JSON roles state their answer shape", () => {
  const shapes: [TeacherRole, z.ZodType][] = [
    ["classify_domain", classifyDomainAnswer],
    ["judge_dependency", judgeDependencyAnswer],
    ["judge_nested", judgeNestedAnswer],
    ["back_translate", backTranslateAnswer],
    ["simulate_execution", simulateExecutionAnswer],
    ["judge_turn", judgeTurnAnswer],
  ];
  it.each(shapes)("%s", (role, schema) => {
    const { system } = render(role);
    expect(system).toContain("Answer with one JSON object and nothing else, of exactly this shape:");
    const words = schemaWords(schema);
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(system).toContain(`"${word}"`);
  });
});

describe("what each prompt carries", () => {
  it("classify_domain: the categories and the function, or an open choice without a list", () => {
    const { system, user } = render("classify_domain");
    expect(user).toContain('["Travel","Finance","Weather"]');
    expect(user).toContain('"name":"find_hotels"');
    expect(system).toContain('answer "misc" when none of them fits');
    const open = buildRequest({ ...sampleTasks.classify_domain, categories: [] }).messages[0]?.content;
    expect(open).toContain("No list is given");
  });

  it("judge_dependency: the adjacency list JSON and every function with its id", () => {
    const { user } = render("judge_dependency");
    expect(user).toContain('{"travel.find_hotels":["travel.book_hotel","travel.get_distance"]}');
    for (const spec of [findHotels, bookHotel, getDistance]) expect(user).toContain(`"id":"${spec.id}"`);
    expect(user).toContain(JSON.stringify(findHotels.returns));
  });

  it("judge_nested: source and target", () => {
    const { user } = render("judge_nested");
    expect(user).toMatch(/Source function:\n.*"name":"get_distance"/);
    expect(user).toMatch(/Target function:\n.*"name":"convert_unit"/);
  });

  it("back_translate: the parameter schema, the earlier rounds and the last outputs", () => {
    const { system, user } = render("back_translate");
    expect(user).toContain(JSON.stringify(bookHotel.parameters));
    expect(user).toContain(history[0]?.query);
    expect(user).toContain('{"hotels":[{"id":"H-4417"},{"id":"H-0923"}]}');
    expect(user).toMatch(/## Outputs of the last round\n\{"hotels"/);
    expect(user).toContain("The assistant will call the functions above");
    expect(system).toContain("Never name the functions");
    expect(system).toContain("the file you just found");
    expect(system).toContain("Do not repeat");
  });

  it("back_translate: a miss_param turn leaves the named value out", () => {
    const task = { ...sampleTasks.back_translate, turn: { kind: "miss_param" as const, functions: [], withheld: { function: bookHotel.id, parameter: "nights" } } };
    expect(buildRequest(task).messages[1]?.content).toContain('leave out the value of the parameter "nights" of book_hotel entirely');
    const omitted = buildRequest({ ...task, omit: { function: "book_hotel", parameter: "hotel_id" } }).messages[1]?.content;
    expect(omitted).toContain('the parameter "hotel_id" of book_hotel');
  });

  it("back_translate: miss_func, the turn after it, implicit calls and irrelevance", () => {
    const withRound = (kind: "call" | "miss_func" | "miss_param" | "irrelevant") => ({
      ...sampleTasks.back_translate,
      history: [...history, { kind, query: "q", calls: [], outputs: [] }],
    });
    const user = (task: typeof sampleTasks.back_translate) => buildRequest(task).messages[1]?.content ?? "";
    expect(user({ ...sampleTasks.back_translate, turn: { kind: "miss_func", functions: [], withheld: { function: bookHotel.id } } })).toContain("NOT available");
    expect(user(withRound("miss_func"))).toContain("I have added more functions, what about now?");
    expect(user(withRound("miss_param"))).toContain("Give that value now");
    expect(user({ ...sampleTasks.back_translate, turn: { kind: "irrelevant", functions: [] } })).toContain("neither the functions above");
    const implicit = user({
      ...sampleTasks.back_translate,
      turn: { kind: "call", functions: [getDistance.id, convertUnit.id], implicit: [convertUnit.id] },
      functions: [getDistance, convertUnit],
    });
    expect(implicit).toContain("Called implicitly: convert_unit.");
  });

  it("forth_translate: the query, the functions, earlier outputs and the agent's rules", () => {
    const { system, user } = render("forth_translate");
    expect(user).toContain("## User's message\nBook the first one for three nights.");
    expect(user).toContain(JSON.stringify(bookHotel.parameters));
    expect(user).toContain("H-0923");
    for (const rule of ["exact names", "every required parameter", "Never add a parameter that is not documented", "at most 3 calls", "call list only"]) {
      expect(system).toContain(rule);
    }
  });

  it("simulate_execution: the call, the return schema and the earlier outputs", () => {
    const { user } = render("simulate_execution");
    expect(user).toContain('## Call\n[find_hotels(city="Porto")]');
    expect(user).toContain(JSON.stringify(findHotels.returns));
    expect(user).toContain("H-4417");
  });

  it("distill_positive: the conversation, the tools and one [Hint] with the reference calls", () => {
    const { system, user } = render("distill_positive");
    expect(user).toContain('[Hint] Call [book_hotel(hotel_id="H-4417", nights=3)]');
    expect(user.match(/\[Hint\]/g)).toHaveLength(1);
    expect(user).toContain('Assistant: [find_hotels(city="Lisbon", max_price=120)]\nTool find_hotels: {"hotels":[{"id":"H-4417"}]}');
    expect(user).toContain("User: Book it for three nights.");
    expect(user).toContain(JSON.stringify(bookHotel.parameters));
    expect(system).toContain("never mention, quote or refer to it");
    expect(system).toContain('"miss function"');
    expect(system).toContain('"missed params"');
    expect(system).toContain("make only the calls that can be made now");
  });

  it("distill_positive: a text hint is put in the context as it is", () => {
    const task = { ...sampleTasks.distill_positive, hint: "missed params: nights", hinted: { text: "missed params: nights" } };
    expect(buildRequest(task).messages[1]?.content).toContain("[Hint] missed params: nights\n");
  });

  it("distill_negative: the misleading hint and the rule of its error type", () => {
    const { system, user } = render("distill_negative");
    expect(user).toContain('[Hint] Call [convert_unit(value=195, to_unit="km")]');
    expect(system).toContain("follow it exactly");
    expect(system).toContain("do not add the missing one");
    const plain = buildRequest({ ...sampleTasks.distill_negative, errorType: "wrong_summarization" }).messages[0]?.content;
    expect(plain).toContain("even where it disagrees with the outputs");
  });

  it("judge_turn: reference, action and outputs", () => {
    const { user } = render("judge_turn");
    expect(user).toContain(`## Reference calls\n${formatCalls(sampleTasks.judge_turn.reference)}`);
    expect(user).toContain('Calls: [book_hotel(hotel_id="H-0923", nights=3)]\nText: (none)');
    expect(user).toContain('{"booking":"B-1"}');
  });
});

describe("buildRequest", () => {
  it("sets the template's id and hash, temperature 0 and keeps the task", () => {
    const request = buildRequest(sampleTasks.judge_turn);
    expect(request).toMatchObject({ promptId: "judge_turn@1", promptHash: templates.judge_turn.hash, temperature: 0, task: sampleTasks.judge_turn });
    expect(request).not.toHaveProperty("maxTokens");
    expect(buildRequest(sampleTasks.judge_turn, { temperature: 0.7, maxTokens: 200 })).toMatchObject({ temperature: 0.7, maxTokens: 200 });
  });

  it("takes the distillation template by the task's role", () => {
    expect(buildRequest(sampleTasks.distill_negative).promptId).toBe("distill_negative@1");
    expect(buildRequest({ ...sampleTasks.distill_negative, role: "distill_positive" }).promptId).toBe("distill_positive@1");
  });
});

/** Bump the template's version when its wording changes, then update its hash here. */
const PINNED_HASHES = {
  "classify_domain@1": "480511a5e6bd5235",
  "judge_dependency@1": "ef9a5166e25e9f09",
  "judge_nested@1": "901e01cd63573443",
  "back_translate@1": "fa3ee0cff5510304",
  "forth_translate@1": "52308dc9606e5551",
  "simulate_execution@1": "3a90a0cac525f3ab",
  "distill_positive@1": "e8f2d6e25fede116",
  "distill_negative@1": "750fbc53b34c3f17",
  "judge_turn@1": "906856f94fdce7aa",
};
