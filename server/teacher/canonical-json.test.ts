import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null }, z: undefined })).toBe('{"a":{"c":null,"d":[2,{"f":1}]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it("writes undefined array items as null, like JSON.stringify", () => {
    expect(canonicalJson([1, undefined, "s"])).toBe('[1,null,"s"]');
    expect(canonicalJson(undefined)).toBe("null");
  });
});
