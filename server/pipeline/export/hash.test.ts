import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { Hash53, hash53 } from "./hash";

describe("Hash53", () => {
  it("hashes a text fed in pieces as the whole text", () => {
    expect(new Hash53().text("ab").code(99).text("").text("def").value()).toBe(hash53("abcdef"));
    expect(hash53("abcdef")).not.toBe(hash53("abcdeg"));
    expect(Number.isSafeInteger(hash53("x"))).toBe(true);
  });

  it("hashes a string as its JSON text, escapes included", () => {
    const random = createRandom(5);
    const pieces = ["a", "Z", '"', "\\", "\n", "\u0001", "\u007f", "é", "東", "\ud83d\ude00", "\ud800", "\udfff", " ", "{", "}"];
    const samples = ["", 'f({"a":"x\\"y"})', "x".repeat(3000), '"'.repeat(1500)];
    for (let k = 0; k < 2000; k++) samples.push(Array.from({ length: random.int(12) }, () => random.pick(pieces)).join(""));
    for (const s of samples) expect(new Hash53().code(1).jsonString(s).value(), JSON.stringify(s)).toBe(new Hash53().code(1).text(JSON.stringify(s)).value());
  });
});
