import { describe, expect, it } from "vitest";
import { shortcutFor } from "./keyboard";

const press = (key: string, target: { tagName?: string; isContentEditable?: boolean } | null = { tagName: "BODY" }, modifiers = {}) =>
  shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, target, ...modifiers });

describe("review shortcuts", () => {
  it.each([
    ["j", "next"],
    ["k", "previous"],
    ["a", "accept"],
    ["r", "reject"],
    ["e", "edit"],
    ["?", "help"],
    ["Escape", "close"],
    ["x", undefined],
  ])("maps %s to %s", (key, action) => {
    expect(press(key)).toBe(action);
  });

  it("leaves keys to text fields and to the browser's own shortcuts", () => {
    expect(press("j", { tagName: "textarea" })).toBeUndefined();
    expect(press("a", { tagName: "INPUT" })).toBeUndefined();
    expect(press("r", { tagName: "DIV", isContentEditable: true })).toBeUndefined();
    expect(press("Escape", { tagName: "TEXTAREA" })).toBe("close");
    expect(press("r", { tagName: "BODY" }, { ctrlKey: true })).toBeUndefined();
  });
});
