import { describe, expect, it } from "vitest";
import { enumText, parameterCountText, parameterCounts, parameterRows, prettyJson, typeLabel } from "./schema";

describe("typeLabel", () => {
  it("names simple, formatted, union and array types", () => {
    expect(typeLabel({ type: "string" })).toBe("string");
    expect(typeLabel({ type: "string", format: "date-time" })).toBe("string (date-time)");
    expect(typeLabel({ type: ["string", "null"] })).toBe("string | null");
    expect(typeLabel({ type: "array", items: { type: "integer" } })).toBe("array<integer>");
    expect(typeLabel({ type: "array" })).toBe("array");
    expect(typeLabel({ type: "array", items: { type: "array", items: { type: "number" } } })).toBe("array<array<number>>");
  });
  it("falls back on anyOf, $ref, enum, properties and any", () => {
    expect(typeLabel({ anyOf: [{ type: "string" }, { type: "null" }] })).toBe("string | null");
    expect(typeLabel({ $ref: "#/$defs/Address" })).toBe("Address");
    expect(typeLabel({ enum: ["a"] })).toBe("enum");
    expect(typeLabel({ properties: {} })).toBe("object");
    expect(typeLabel({})).toBe("any");
    expect(typeLabel(undefined)).toBe("any");
  });
});

describe("parameterRows", () => {
  const schema = {
    type: "object",
    properties: {
      city: { type: "string", description: "City name" },
      units: { type: "string", enum: ["metric", "imperial"], default: "metric" },
      window: {
        type: "object",
        properties: { from: { type: "string", format: "date" }, to: { type: "string" } },
        required: ["from"],
      },
      stops: { type: "array", items: { type: "object", properties: { id: { type: "integer" } }, required: ["id"] } },
    },
    required: ["city", "window"],
  };

  it("lists top-level parameters with type, required, description, enum and default", () => {
    const rows = parameterRows(schema);
    expect(rows.map((r) => r.name)).toEqual(["city", "units", "window", "window.from", "window.to", "stops", "stops[].id"]);
    expect(rows[0]).toEqual({ name: "city", depth: 0, type: "string", required: true, description: "City name", enumValues: "", defaultValue: "" });
    expect(rows[1]).toMatchObject({ required: false, enumValues: '"metric", "imperial"', defaultValue: '"metric"' });
  });
  it("marks nested required fields against their own object", () => {
    const rows = parameterRows(schema);
    expect(rows.find((r) => r.name === "window.from")).toMatchObject({ depth: 1, required: true, type: "string (date)" });
    expect(rows.find((r) => r.name === "window.to")).toMatchObject({ required: false });
    expect(rows.find((r) => r.name === "stops")).toMatchObject({ type: "array<object>", required: false });
    expect(rows.find((r) => r.name === "stops[].id")).toMatchObject({ depth: 1, required: true });
  });
  it("stops at maxDepth", () => {
    expect(parameterRows(schema, 0).map((r) => r.name)).toEqual(["city", "units", "window", "stops"]);
  });
  it("handles empty and missing schemas", () => {
    expect(parameterRows({ type: "object", properties: {}, required: [] })).toEqual([]);
    expect(parameterRows(undefined)).toEqual([]);
  });
  it("keeps a default of false or null", () => {
    const rows = parameterRows({ properties: { a: { type: "boolean", default: false }, b: { default: null } } });
    expect(rows.map((r) => r.defaultValue)).toEqual(["false", "null"]);
  });
});

describe("parameter counts", () => {
  it("counts top-level parameters and required ones that exist", () => {
    const schema = { type: "object", properties: { a: {}, b: {}, c: {} }, required: ["a", "c", "ghost", "a"] };
    expect(parameterCounts(schema)).toEqual({ total: 3, required: 2 });
    expect(parameterCountText(schema)).toBe("3 (2 required)");
    expect(parameterCountText({ type: "object", properties: { a: {} }, required: [] })).toBe("1");
    expect(parameterCountText(undefined)).toBe("0");
  });
});

describe("text", () => {
  it("writes enums and JSON", () => {
    expect(enumText([1, "a", null, true])).toBe('1, "a", null, true');
    expect(enumText(undefined)).toBe("");
    expect(prettyJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyJson(undefined)).toBe("undefined");
  });
});
