import path from "node:path";
import { describe, expect, it } from "vitest";
import { containedPath } from "./contained-path";

const ROOT = "/srv/magnet/exports/7";

describe("containedPath", () => {
  it("joins names that stay inside the folder", () => {
    expect(containedPath(ROOT, "README.md")).toBe(path.join(ROOT, "README.md"));
    expect(containedPath(ROOT, "train", "openai-sft.jsonl")).toBe(path.join(ROOT, "train", "openai-sft.jsonl"));
    // A name that merely contains dots is a file name, not a step up.
    expect(containedPath(ROOT, "a..b.json")).toBe(path.join(ROOT, "a..b.json"));
  });

  it.each([
    ["../../etc/passwd", ["../../etc/passwd"]],
    ["segments that climb", ["train", "..", "..", "8", "README.md"]],
    ["..\\..\\x (Windows separators)", ["..\\..\\x"]],
    ["an absolute path", ["/etc/passwd"]],
    ["a NUL byte", ["README.md\0.png"]],
    ["the folder itself", ["."]],
    ["nothing", [""]],
    ["a sibling folder with the same prefix", ["../7-other/README.md"]],
  ])("refuses %s", (_label, names) => {
    expect(containedPath(ROOT, ...names)).toBeUndefined();
  });

  it("does not decode %2e%2e%2f: it is an odd but harmless file name inside the folder", () => {
    expect(containedPath(ROOT, "%2e%2e%2fetc%2fpasswd")).toBe(path.join(ROOT, "%2e%2e%2fetc%2fpasswd"));
  });
});
