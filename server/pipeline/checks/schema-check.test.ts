import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import type { ObjectSchema } from "../schemas/json-schema";
import { bfclFunction, specOf } from "../simulate/test-catalog";
import { outputSchemaCheck, schemaCheck } from "./schema-check";

const parameters: Partial<ObjectSchema> = {
  properties: {
    date: { type: "string", format: "date" },
    count: { type: "integer", minimum: 1 },
    unit: { type: "string", enum: ["celsius", "fahrenheit"] },
    items: { type: "array", items: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } },
    contact: { type: "string", format: "email" },
  },
  required: ["date"],
};
const spec = specOf("plan", parameters);
const check = (args: Record<string, unknown>) => schemaCheck(spec, { name: "plan", arguments: args });

describe("schemaCheck", () => {
  it.each<[string, Record<string, unknown>]>([
    ["only the required value", { date: "2025-03-01" }],
    ["every value", { date: "2025-03-01", count: 3, unit: "celsius", items: [{ name: "a" }], contact: "a@example.com" }],
    ["extra names (the names check's business)", { date: "2025-03-01", colour: "red" }],
  ])("passes %s", (_label, args) => {
    expect(check(args)).toEqual({ passed: true, problems: [] });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a bad date", { date: "03/01/2025" }, ['arguments.date: must match format "date"']],
    ["a missing required value", {}, ["arguments.date: is required"]],
    ["a number as text", { date: "2025-03-01", count: "5" }, ["arguments.count: must be integer"]],
    ["a number below the minimum", { date: "2025-03-01", count: 0 }, ["arguments.count: must be >= 1"]],
    ["a value outside the enum", { date: "2025-03-01", unit: "kelvin" }, ['arguments.unit: must be one of "celsius", "fahrenheit"']],
    ["a nested missing value", { date: "2025-03-01", items: [{ name: "a" }, {}] }, ["arguments.items[1].name: is required"]],
    ["several problems at once", { date: 5, contact: "nobody" }, ["arguments.date: must be string", 'arguments.contact: must match format "email"']],
  ])("fails %s, naming the path and the rule", (_label, args, problems) => {
    expect(check(args)).toEqual({ passed: false, problems });
  });

  it("flags undocumented names when the schema closes the object", () => {
    const closed = specOf("closed", { properties: { a: { type: "string" } }, additionalProperties: false });
    expect(schemaCheck(closed, { name: "closed", arguments: { b: 1 } }).problems).toEqual(["arguments.b: is not allowed (no such property)"]);
  });

  it("recompiles when a function changes under the same id", () => {
    const loose = specOf("same", { properties: { n: { type: "number" } } });
    const strict = specOf("same", { properties: { n: { type: "integer" } } });
    expect(schemaCheck(loose, { name: "same", arguments: { n: 1.5 } }).passed).toBe(true);
    expect(schemaCheck(strict, { name: "same", arguments: { n: 1.5 } }).passed).toBe(false);
  });

  it("reports a schema ajv cannot compile instead of throwing", () => {
    const broken = specOf("broken", { properties: { a: { type: "string", pattern: "([" } } });
    expect(schemaCheck(broken, { name: "broken", arguments: { a: "x" } }).problems[0]).toMatch(/^arguments: the schema cannot be compiled/);
  });

  it.skipIf(!hasSharedData)("checks BFCL outputs against their response schema", () => {
    const cd = bfclFunction("cd");
    expect(outputSchemaCheck(cd, { current_working_directory: "/alice" }).passed).toBe(true);
    expect(outputSchemaCheck(cd, { current_working_directory: 3 }).problems).toEqual(["output.current_working_directory: must be string"]);
  });
});

describe("schemaCheck on schemas of other drafts", () => {
  it("reads draft-07 (MCP) and draft-04 schemas as 2020-12", () => {
    const mcp = specOf("add", { $schema: "http://json-schema.org/draft-07/schema#", $id: "urn:add", properties: { a: { type: "number" }, $schema: { type: "string" } } });
    expect(schemaCheck(mcp, { name: "add", arguments: { a: 1, $schema: "x" } }).passed).toBe(true);
    expect(schemaCheck(mcp, { name: "add", arguments: { a: "1" } }).problems).toEqual(["arguments.a: must be number"]);
    const old = specOf("ratio", { properties: { r: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: false } } });
    expect(schemaCheck(old, { name: "ratio", arguments: { r: 1 } }).passed).toBe(true);
    expect(schemaCheck(old, { name: "ratio", arguments: { r: 0 } }).problems).toEqual(["arguments.r: must be > 0"]);
  });
});
