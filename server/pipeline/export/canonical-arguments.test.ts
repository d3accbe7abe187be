import { describe, expect, it } from "vitest";
import { canonicalJson } from "../catalog/canonical-json";
import { createRandom } from "../random";
import { canonicalArguments } from "./canonical-arguments";

/** What the dedupe key wrote before the hand-written version: the catalog's canonical JSON of the parsed text. */
function reference(raw: string): string {
  try {
    return canonicalJson(JSON.parse(raw));
  } catch {
    return raw.trim();
  }
}

describe("canonicalArguments", () => {
  it.each([
    '{"a":0,"b":14}',
    '{"b":14,"a":0}',
    '{"a": 0, "b": [1, 2.50, -0, 1e21, 1E2, {"y":1,"x":2}]}',
    '{"b":1,"10":2,"9":3,"01":4,"4294967295":5,"4294967294":6}',
    '{"a":1,"a":2}',
    '{"s":"a\\"b\\\\c\\n\\u00e9\\ud800","__proto__":{"z":true,"y":false}}',
    '{"é":"x","e":null,"E":[]}',
    '[{"b":1,"a":2},"x",3.25]',
    '"just a string"',
    "  not json  ",
    '{"a":1',
    "{}",
    "[]",
  ])("writes %s as the catalog's canonical JSON", (raw) => expect(canonicalArguments(raw)).toBe(reference(raw)));

  it("agrees with the reference on thousands of generated arguments, keys in any order, nested", () => {
    const random = createRandom(11);
    const keys = ["a", "b", "ab", "B", "é", "_x", "__proto__", "10", "x y"];
    const scalars = ['"s"', '""', '"q\\"x"', "0", "-0", "12", "70.81", "1e21", "0.000001", "1e-7", "true", "null"];
    const value = (depth: number): string => {
      const kind = depth > 2 ? 0 : random.int(4);
      if (kind === 1) return `[${Array.from({ length: random.int(3) }, () => value(depth + 1)).join(",")}]`;
      if (kind === 2) return object(depth + 1);
      return random.pick(scalars);
    };
    const object = (depth: number): string => {
      const members = Array.from({ length: random.int(5) }, () => `${JSON.stringify(random.pick(keys))}:${value(depth)}`);
      return `{${members.join(",")}}`;
    };
    for (let k = 0; k < 5000; k++) {
      const raw = object(0);
      expect(canonicalArguments(raw), raw).toBe(reference(raw));
    }
  });
});
