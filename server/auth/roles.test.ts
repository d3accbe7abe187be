import { describe, expect, it } from "vitest";
import { can, permission, role } from "./roles";

describe("role permissions", () => {
  it("lets an admin do everything", () => {
    for (const p of permission.options) expect(can("admin", p)).toBe(true);
  });

  it.each([
    ["annotator", "export.write", false],
    ["annotator", "review.write", false],
    ["annotator", "runs.write", false],
    ["annotator", "graph.write", true],
    ["annotator", "paths.write", true],
    ["reviewer", "graph.write", false],
    ["reviewer", "catalog.write", false],
    ["reviewer", "export.write", false],
    ["reviewer", "review.bulk", false],
    ["reviewer", "review.write", true],
  ] as const)("%s may %s: %s", (who, what, allowed) => {
    expect(can(who, what)).toBe(allowed);
  });

  it("lets every role read", () => {
    for (const r of role.options) expect(can(r, "read")).toBe(true);
  });
});
