import { describe, expect, it } from "vitest";
import { canonicalJson } from "../catalog/canonical-json";
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
});
