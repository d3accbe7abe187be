import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { failureTextCheck, outputSchemaCheck, schemaCheck, validateValue } from "../checks";
import { createRandom } from "../random";
import type { FunctionSpec } from "../schemas/function-spec";
import type { JsonSchema } from "../schemas/json-schema";
import { simulateOutput } from "./simulate-output";
import { bfclFunctions, specOf } from "./test-catalog";
import { CITIES } from "./vocabulary";

const SEEDS = 40;
const run = (spec: FunctionSpec, args: Record<string, unknown> = {}, seed = 1): unknown =>
  simulateOutput(spec, { name: spec.name, arguments: args }, { random: createRandom(seed), history: [] });
/** Arguments that validate: the simulator fills the parameter schema as if it were an output. */
const argumentsFor = (spec: FunctionSpec, seed: number): Record<string, unknown> =>
  run({ ...spec, returns: spec.parameters }, {}, seed + 1000) as Record<string, unknown>;
const outputOf = (returns: JsonSchema, seed = 1): unknown => run(specOf("probe", {}, returns), {}, seed);
const field = (returns: Record<string, JsonSchema>, name: string, seed = 1): unknown =>
  (outputOf({ type: "object", properties: returns }, seed) as Record<string, unknown>)[name];

describe.skipIf(!hasSharedData)("simulateOutput on the 129 BFCL multi-turn functions", () => {
  it("validates against `returns` and reads as a success, for every function and many seeds", () => {
    const functions = bfclFunctions();
    expect(functions).toHaveLength(129);
    for (const spec of functions) {
      for (let seed = 0; seed < SEEDS; seed++) {
        const args = argumentsFor(spec, seed);
        expect(schemaCheck(spec, { name: spec.name, arguments: args }).problems, `${spec.name} arguments, seed ${seed}`).toEqual([]);
        const output = run(spec, args, seed);
        expect(outputSchemaCheck(spec, output).problems, `${spec.name} seed ${seed}: ${JSON.stringify(output)}`).toEqual([]);
        expect(failureTextCheck([output]).problems, `${spec.name} seed ${seed}`).toEqual([]);
      }
    }
  });

  it("is deterministic for the random state and varies with it", () => {
    for (const spec of bfclFunctions()) {
      expect(run(spec, {}, 7), spec.name).toEqual(run(spec, {}, 7));
    }
    // Success flags, stable ids and empty answers (mkdir) rightly stay the same under every seed.
    const varied = bfclFunctions().filter((spec) => new Set([0, 1, 2, 3, 4, 5].map((seed) => JSON.stringify(run(spec, {}, seed)))).size > 1);
    expect(varied.length).toBeGreaterThan(100);
  });
});

describe("simulateOutput shapes values by schema", () => {
  it.each([
    ["date", /^\d{4}-\d{2}-\d{2}$/],
    ["date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/],
    ["email", /^[a-z]+\.[a-z]+@example\.com$/],
    ["uri", /^https:\/\/example\.com\//],
    ["uuid", /^[0-9a-f-]{36}$/],
    ["time", /^\d{2}:\d{2}:\d{2}Z$/],
    ["ipv4", /^192\.0\.2\.\d+$/],
  ])("format %s", (format, shape) => {
    for (let seed = 0; seed < 20; seed++) {
      const schema: JsonSchema = { type: "string", format };
      const value = outputOf(schema, seed);
      expect(value).toMatch(shape);
      expect(validateValue(schema, value, "output")).toEqual([]);
    }
  });

  it.each<[string, JsonSchema]>([
    ["minimum / maximum", { type: "number", minimum: 2, maximum: 3 }],
    ["exclusive bounds", { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }],
    ["integer range", { type: "integer", minimum: -5, maximum: -3 }],
    ["multipleOf", { type: "number", minimum: 0, maximum: 100, multipleOf: 5 }],
    ["a range the name does not expect", { type: "number", minimum: 5000 }],
    ["string lengths", { type: "string", minLength: 12, maxLength: 14 }],
    ["pattern", { type: "string", pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }],
    ["array bounds", { type: "array", items: { type: "integer" }, minItems: 4, maxItems: 5 }],
    ["unique enum items", { type: "array", items: { enum: ["a", "b"] }, uniqueItems: true }],
    ["tuple", { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] }],
    ["nullable", { type: ["null", "integer"] }],
    ["anyOf", { anyOf: [{ type: "null" }, { type: "string", format: "date" }] }],
    ["allOf", { allOf: [{ type: "object", properties: { a: { type: "string" } }, required: ["a"] }, { properties: { b: { type: "integer" } }, required: ["b"] }] }],
    ["const", { const: "fixed" }],
    ["map of values", { type: "object", additionalProperties: { type: "number" } }],
  ])("%s", (_label, schema) => {
    for (let seed = 0; seed < 30; seed++) {
      expect(validateValue(schema, outputOf(schema, seed), "output"), `seed ${seed}`).toEqual([]);
    }
  });

  it("gives lists of 1 to 3 items and picks enum values", () => {
    const lengths = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const list = outputOf({ type: "array", items: { type: "string", enum: ["x", "y", "z"] } }, seed) as string[];
      lengths.add(list.length);
      for (const item of list) expect(["x", "y", "z"]).toContain(item);
    }
    expect([...lengths].sort()).toEqual([1, 2, 3]);
  });

  it.each<[string, JsonSchema, (value: unknown) => void]>([
    ["user_id", { type: "string" }, (value) => expect(value).toMatch(/^id-[a-z0-9]{8}$/)],
    ["id", { type: "integer" }, (value) => expect(Number.isInteger(value)).toBe(true)],
    ["contact_email", { type: "string" }, (value) => expect(value).toMatch(/@example\.com$/)],
    ["home_city", { type: "string" }, (value) => expect(CITIES).toContain(value)],
    ["file_path", { type: "string" }, (value) => expect(value).toMatch(/^\/home\/[a-z]+\/[a-z]+\/[\w-]+\.\w+$/)],
    ["profile_url", { type: "string" }, (value) => expect(value).toMatch(/^https:\/\/example\.com\//)],
    ["travel_date", { type: "string" }, (value) => expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/)],
    ["price", { type: "number" }, (value) => expect(value).toBeGreaterThanOrEqual(5)],
    ["price", { type: "string" }, (value) => expect(value).toMatch(/^\$\d+\.\d{2}$/)],
    ["expiration", { type: "string", description: "format MM/YYYY" }, (value) => expect(value).toMatch(/^\d{2}\/\d{4}$/)],
    ["cardholder_name", { type: "string" }, (value) => expect(value).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)],
    ["verification_failure", { type: "string" }, (value) => expect(value).toBe("")],
  ])("shapes %s by its name", (name, schema, expectation) => {
    for (let seed = 0; seed < 10; seed++) expectation(field({ [name]: schema }, name, seed));
  });
});

describe("functions without `returns`", () => {
  it("answer success, echoing the arguments that identify things", () => {
    const spec = specOf("rename_file", { properties: { file_name: { type: "string" }, new_name: { type: "string" }, force: { type: "boolean" } } });
    expect(run(spec, { file_name: "a.txt", new_name: "b.txt", force: true })).toEqual({ status: "success", file_name: "a.txt", new_name: "b.txt" });
  });

  it("mint a stable id when they create something", () => {
    const spec = specOf("create_ticket", { properties: { title: { type: "string" } } });
    const first = run(spec, { title: "Printer jam" }, 1) as Record<string, unknown>;
    expect(first).toMatchObject({ status: "success", title: "Printer jam", ticket_id: expect.stringMatching(/^id-/) });
    expect(run(spec, { title: "Printer jam" }, 2)).toEqual(first);
    expect(run(spec, { title: "Broken chair" }, 1)).not.toEqual(first);
  });

  it("treat an empty `returns` schema as undocumented", () => {
    expect(run(specOf("ping", {}, { description: "anything" }))).toEqual({ status: "success" });
  });
});
