import { describe, expect, it } from "vitest";
import { distinctWords, queueConditions, queueFilters, searchPatterns, wordPattern } from "./queue-filters";
import { wordList } from "./trajectory-facts";

describe("queue filters", () => {
  it.each<[string, Parameters<typeof queueConditions>[0], ReturnType<typeof queueConditions>["words"]]>([
    ["no filter", {}, []],
    ["an operation", { operation: "merge" }, [{ column: "operations", pattern: "% merge %" }]],
    ["a turn kind and a toolkit", { turnKind: "miss_func", toolkit: "weather" }, [
      { column: "turnKinds", pattern: "% miss\\_func %" },
      { column: "toolkits", pattern: "% weather %" },
    ]],
    ["a failed check", { check: "round_trip" }, [{ column: "failedChecks", pattern: "% round\\_trip %" }]],
  ])("turns %s into whole-word patterns", (_label, filters, words) => {
    expect(queueConditions(filters).words).toEqual(words);
  });

  it("asks for rows without a failed check when the check filter is `passed`", () => {
    expect(queueConditions({ check: "passed" })).toMatchObject({ words: [], noFailedChecks: true });
  });

  it("keeps status, polarity and error type as equalities", () => {
    expect(queueConditions({ status: "needs-edit", polarity: "negative", errorType: "wrong_summarization" }).equals).toEqual({
      status: "needs-edit",
      polarity: "negative",
      errorType: "wrong_summarization",
    });
  });

  it("splits a search into lower-cased terms that must all appear, with LIKE's wildcards taken literally", () => {
    expect(searchPatterns("  Lisbon   100%_off ")).toEqual(["%lisbon%", "%100\\%\\_off%"]);
    expect(searchPatterns(undefined)).toEqual([]);
    expect(searchPatterns("   ")).toEqual([]);
  });

  it("matches a pattern against a stored word list only on whole words", () => {
    const like = (pattern: string, text: string) => new RegExp(`^${pattern.replace(/\\_/g, "_").replace(/%/g, ".*")}$`).test(text);
    const stored = wordList(["call", "miss_func"]);
    expect(like(wordPattern("call"), stored)).toBe(true);
    expect(like(wordPattern("miss"), stored)).toBe(false);
    expect(like(wordPattern("miss_func"), stored)).toBe(true);
  });

  it("keeps a name with spaces one word in a word list, and lists the distinct words of stored lists", () => {
    expect(wordList(["Weather API", "travel", "travel"])).toBe(" Weather_API travel ");
    expect(distinctWords([" merge split ", " ", " merge insert "])).toEqual(["insert", "merge", "split"]);
  });

  it("refuses filter values that cannot be a stored word", () => {
    expect(queueFilters.safeParse({ toolkit: "two words" }).success).toBe(false);
    expect(queueFilters.safeParse({ status: "done" }).success).toBe(false);
    expect(queueFilters.safeParse({ turnKind: "call" }).success).toBe(true);
  });
});
