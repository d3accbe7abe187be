import { describe, expect, it } from "vitest";
import { runStartInput } from "@/server/jobs/run-settings";
import { negativeErrorTypes } from "@/server/pipeline/teacher";
import { defaultStartForm, parseStartForm, plannedPaths, START_DEFAULTS } from "./start-form";
import { teacherChoiceOf, teacherValue } from "./teacher-choice-value";

describe("run start form", () => {
  it("defaults to the server's defaults: every path, the offline teacher, every negative", () => {
    const parsed = parseStartForm(5, defaultStartForm());
    expect(parsed).toEqual({ ok: true, input: runStartInput.parse({ projectId: 5 }) });
    expect(runStartInput.parse({ projectId: 5 })).toMatchObject({ seed: START_DEFAULTS.seed, concurrency: START_DEFAULTS.concurrency, negatives: [...negativeErrorTypes] });
  });

  it("takes chosen paths, a count, a profile teacher and a mixture of negatives", () => {
    const parsed = parseStartForm(5, {
      ...defaultStartForm(),
      pathMode: "some",
      pathIds: ["p1", "p2", "p3"],
      count: "2",
      teacher: "profile:7",
      negatives: ["wrong_summarization", "missing_nested_call"],
      seed: "42",
      name: "  nightly ",
    });
    expect(parsed).toMatchObject({
      ok: true,
      input: { projectId: 5, pathIds: ["p1", "p2", "p3"], count: 2, teacher: { kind: "profile", profileId: 7 }, seed: 42, negatives: ["missing_nested_call", "wrong_summarization"], name: "nightly" },
    });
  });

  it("names what is wrong", () => {
    expect(parseStartForm(5, { ...defaultStartForm(), pathMode: "some" })).toEqual({ ok: false, errors: { pathIds: "tick at least one path" } });
    expect(parseStartForm(5, { ...defaultStartForm(), teacher: "profile:x" })).toEqual({ ok: false, errors: { teacher: "choose a teacher" } });
    const bad = parseStartForm(5, { ...defaultStartForm(), count: "0", seed: "one", concurrency: "100" });
    expect(bad).toMatchObject({ ok: false, errors: { count: "must be at least 1", seed: "must be a whole number", concurrency: "must be at most 64" } });
  });

  it("counts the paths a run will take", () => {
    expect(plannedPaths(defaultStartForm(), 34)).toBe(34);
    expect(plannedPaths({ ...defaultStartForm(), count: "5" }, 34)).toBe(5);
    expect(plannedPaths({ ...defaultStartForm(), pathMode: "some", pathIds: ["a", "b"], count: "5" }, 34)).toBe(2);
  });

  it("round-trips a teacher choice through a select value", () => {
    for (const choice of [{ kind: "offline" as const }, { kind: "profile" as const, profileId: 12 }]) expect(teacherChoiceOf(teacherValue(choice))).toEqual(choice);
    expect(teacherChoiceOf("profile:0")).toBeUndefined();
    expect(teacherChoiceOf("openai")).toBeUndefined();
  });
});
