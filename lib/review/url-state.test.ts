import { describe, expect, it } from "vitest";
import { hasFilters, parseReviewUrl, reviewUrlSearch } from "./url-state";

describe("review URL state", () => {
  it("round-trips the run, the filters, the search, the page and the item", () => {
    const state = {
      runId: 3,
      filters: { status: "needs-edit" as const, polarity: "negative" as const, errorType: "wrong_summarization", operation: "merge", turnKind: "miss_func" as const, toolkit: "weather", check: "passed" },
      search: "lisbon weather",
      offset: 100,
      item: 42,
    };
    const search = reviewUrlSearch(state);
    expect(search).toBe("run=3&status=needs-edit&polarity=negative&error=wrong_summarization&op=merge&kind=miss_func&toolkit=weather&check=passed&q=lisbon+weather&from=100&item=42");
    expect(parseReviewUrl(new URLSearchParams(search))).toEqual(state);
  });

  it("drops values that are not valid instead of failing the page", () => {
    expect(parseReviewUrl({ run: "abc", status: "done", kind: "call", from: "-5", item: ["7", "8"] })).toEqual({
      runId: undefined,
      filters: { turnKind: "call" },
      search: "",
      offset: 0,
      item: 7,
    });
  });

  it("leaves empty values out and knows when a queue is filtered", () => {
    const plain = { filters: {}, search: "  ", offset: 0 };
    expect(reviewUrlSearch(plain)).toBe("");
    expect(hasFilters(plain)).toBe(false);
    expect(hasFilters({ filters: { check: "judge" }, search: "" })).toBe(true);
    expect(hasFilters({ filters: {}, search: "oslo" })).toBe(true);
  });
});
