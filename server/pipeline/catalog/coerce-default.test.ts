import { describe, expect, it } from "vitest";
import { coerceDefault } from "./coerce-default";
import { returnsFromTemplate } from "./template-response";

describe("coerceDefault reads text defaults as the parameter's type", () => {
  it.each([
    ["number", "10", 10],
    ["number", "7.8", 7.8],
    ["number", 25.65, 25.65],
    ["number", "", undefined],
    ["number", [], undefined],
    ["number", "abc", undefined],
    ["number", "12345345483453456434354131", undefined],
    ["integer", "5", 5],
    ["integer", "5.5", undefined],
    ["boolean", "true", true],
    ["boolean", "0", false],
    ["boolean", "checked", undefined],
    ["string", "en", "en"],
    ["string", "", undefined],
    ["string", 3, "3"],
    ["array", "[]", undefined],
    ["array", '["a", "b"]', ["a", "b"]],
    ["array", "2", undefined],
    ["object", "cities", undefined],
    ["object", '{"a": 1}', { a: 1 }],
  ])("%s %j", (type, value, expected) => {
    expect(coerceDefault(value, { type })).toEqual(expected);
  });

  it("keeps any non-empty default when there is no type", () => {
    expect(coerceDefault("x", {})).toBe("x");
    expect(coerceDefault(null, {})).toBeUndefined();
  });
});

describe("returnsFromTemplate", () => {
  it.each([
    [{ id: "int", tags: ["list of str with length 3"], rows: [{ x: "float", _list_length: 2 }], gone: "NoneType", none: "empty list", raw: {} }, {
      type: "object",
      properties: {
        id: { type: "integer" },
        tags: { type: "array", items: { type: "string" } },
        rows: { type: "array", items: { type: "object", properties: { x: { type: "number" } } } },
        gone: { type: "null" },
        none: { type: "array" },
        raw: { type: "object" },
      },
    }],
    [[{ a: "bool" }], { type: "array", items: { type: "object", properties: { a: { type: "boolean" } } } }],
    ["str", { type: "string" }],
    ["Samsung", { type: "string" }],
    [{ n: 3, f: 1.5, b: false, z: null }, { type: "object", properties: { n: { type: "integer" }, f: { type: "number" }, b: { type: "boolean" }, z: { type: "null" } } }],
    ['{"a": "int", "b": {"c": "str", "d"', { type: "object", properties: { a: { type: "integer" }, b: { type: "object", properties: { c: { type: "string" } } } } }],
    ['{"a": ["list of list with length 2"]}', { type: "object", properties: { a: { type: "array", items: { type: "array" } } } }],
  ])("%j", (template, schema) => {
    expect(returnsFromTemplate(template)).toEqual(schema);
  });

  it("has nothing to say without a template", () => {
    expect(returnsFromTemplate(undefined)).toBeUndefined();
    expect(returnsFromTemplate("")).toBeUndefined();
  });
});
