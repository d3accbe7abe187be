import { describe, expect, it } from "vitest";
import { PAIRING_WINDOW, PositiveWindow } from "./positive-window";

const negativeOf = (id: string) => ({ pair: { positive_id: id } });

describe("PositiveWindow", () => {
  it("pairs a negative with a positive at most the window before it, never further", () => {
    const window = new PositiveWindow<string>();
    window.hold("p", "held", 10);
    expect(window.positiveOf(negativeOf("p"), 10 + PAIRING_WINDOW)).toBe("held");
    // No other positive came in between: the answer still depends on the distance alone.
    expect(window.positiveOf(negativeOf("p"), 11 + PAIRING_WINDOW)).toBeUndefined();
    expect(window.positiveOf(negativeOf("q"), 11)).toBeUndefined();
    expect(window.positiveOf({}, 11)).toBeUndefined();
  });

  it("holds the latest positive of an id, and forgets one held again before others", () => {
    const window = new PositiveWindow<string>();
    window.hold("a", "a-first", 0);
    window.hold("b", "b", 1);
    window.hold("a", "a-second", 2);
    expect(window.positiveOf(negativeOf("a"), 3)).toBe("a-second");
    window.hold("c", "c", 2 + PAIRING_WINDOW);
    expect(window.positiveOf(negativeOf("a"), 2 + PAIRING_WINDOW)).toBe("a-second");
    expect(window.positiveOf(negativeOf("b"), 2 + PAIRING_WINDOW)).toBeUndefined();
  });
});
