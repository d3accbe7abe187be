import { describe, expect, it } from "vitest";
import { reviewerProblem, storedReviewer } from "./reviewer";

describe("reviewer name", () => {
  it("keeps a valid stored name and falls back to the default otherwise", () => {
    expect(storedReviewer("ana")).toBe("ana");
    expect(storedReviewer(null)).toBe("reviewer");
    expect(storedReviewer("   ")).toBe("reviewer");
    expect(storedReviewer("x".repeat(81))).toBe("reviewer");
    expect(reviewerProblem("")).toMatch(/reviewer name/);
    expect(reviewerProblem("ben")).toBeUndefined();
  });
});
