import { describe, expect, it } from "vitest";
import { safeNext, signInAddress } from "./signed-out";

describe("coming back after sign-in", () => {
  it("keeps a local path", () => {
    expect(safeNext("/projects/1/review?mine=open")).toBe("/projects/1/review?mine=open");
    expect(signInAddress("/projects/2")).toBe("/sign-in?next=%2Fprojects%2F2");
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", null])("never leaves the site for %s", (next) => {
    expect(safeNext(next)).toBe("/");
  });
});
