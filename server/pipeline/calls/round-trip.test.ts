import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "../random";
import type { FunctionCall } from "../schemas/chat";
import { formatCalls, type CallStyle } from "./format-calls";
import { parseCalls } from "./parse-calls";

const CASES = 500;
const NAME_START = "abcxyzABCXYZ_";
const NAME_REST = `${NAME_START}0123456789.-`;
/** Quotes, backslashes, control characters, non-ASCII, a surrogate pair and a lone surrogate. */
const TEXT_CHARS = ["a", "Z", " ", "0", '"', "'", "\\", "\n", "\t", "\r", "\u0001", "é", "中", "😀", "\ud800", "=", ",", "(", "]", "{"];
/** Numbers whose shortest text (String(n)) uses every form: negative, fraction, exponent, extremes. */
const SPECIAL_NUMBERS = [0, -1, 0.1, -2.5e-7, 1e21, 123456789012, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE];
const ODD_KEYS = ["page size", "2fa", "x-y", "__proto__", "", "a.b", "True", "ключ"];

function randomName(random: Random, rest: string): string {
  let name = random.pick([...NAME_START]);
  for (let i = random.int(8); i > 0; i--) name += random.pick([...rest]);
  return name;
}

function randomText(random: Random): string {
  return Array.from({ length: random.int(8) }, () => random.pick(TEXT_CHARS)).join("");
}

function randomNumber(random: Random): number {
  switch (random.int(3)) {
    case 0:
      return random.int(2001) - 1000;
    case 1:
      return (random.next() - 0.5) * 10 ** (random.int(40) - 20);
    default:
      return random.pick(SPECIAL_NUMBERS);
  }
}

function randomKey(random: Random): string {
  return random.int(6) === 0 ? random.pick(ODD_KEYS) : randomName(random, NAME_START);
}

function randomValue(random: Random, depth: number): unknown {
  const kinds = depth >= 4 ? 5 : 7;
  switch (random.int(kinds)) {
    case 0:
      return randomText(random);
    case 1:
      return randomNumber(random);
    case 2:
      return random.int(2) === 0;
    case 3:
      return null;
    case 4:
      return random.int(100);
    case 5:
      return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
    default:
      // fromEntries, as the parser builds objects, so odd keys such as __proto__ stay own properties.
      return Object.fromEntries(Array.from({ length: random.int(4) }, () => [randomKey(random), randomValue(random, depth + 1)]));
  }
}

function randomCalls(random: Random): FunctionCall[] {
  return Array.from({ length: random.int(4) }, () => ({
    name: randomName(random, NAME_REST),
    arguments: Object.fromEntries(Array.from({ length: random.int(5) }, () => [randomKey(random), randomValue(random, 0)])),
  }));
}

describe("formatCalls → parseCalls round trip", () => {
  const styles: CallStyle[] = ["json", "python"];
  it.each(styles)("gives back the same calls in %s style", (style) => {
    const random = createRandom(`round-trip-${style}`);
    for (let i = 0; i < CASES; i++) {
      const calls = randomCalls(random);
      const text = formatCalls(calls, style);
      const parsed = parseCalls(text);
      if (!parsed.ok) expect.fail(`${parsed.error} in ${text}`);
      expect(parsed.calls, text).toEqual(calls);
    }
  });

  it("keeps odd keys as own properties", () => {
    const calls: FunctionCall[] = [{ name: "f", arguments: Object.fromEntries([["__proto__", { "page size": 1 }]]) }];
    const parsed = parseCalls(formatCalls(calls));
    expect(parsed.ok && Object.keys(parsed.calls[0]?.arguments ?? {})).toEqual(["__proto__"]);
    expect(parsed).toEqual({ ok: true, calls });
  });
});
