import { describe, expect, it } from "vitest";
import { editNote, regenerateNote, turnList } from "./preview-notes";

describe("preview notes", () => {
  it("counts turns from one", () => {
    expect(turnList([])).toBe("no turn");
    expect(turnList([0])).toBe("turn 1");
    expect(turnList([0, 2, 3])).toBe("turns 1, 3 and 4");
  });

  it("says the whole path was regenerated, and whether the asked turn changed", () => {
    expect(regenerateNote(1, { seed: 2, changed: [1, 2], turnChanged: true })).toMatch(/whole path was synthesized again with seed 2; turns 2 and 3 changed\.$/);
    expect(regenerateNote(0, { seed: 4, changed: [1], turnChanged: false })).toMatch(/turn 2 changed\. Turn 1 came out the same with every seed tried/);
    expect(regenerateNote(0, { seed: 4, changed: [], turnChanged: false })).toMatch(/nothing changed\.$/);
  });

  it("says what followed from an edited query", () => {
    expect(editNote(0, 3, [0, 1])).toMatch(/^Turn 1's query is yours: .* turn 2 followed from the new outputs\./);
    expect(editNote(1, 3, [1])).toMatch(/the later turns came out the same\./);
    expect(editNote(2, 3, [2])).toMatch(/and they were executed\. This is a preview/);
  });
});
