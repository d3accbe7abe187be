import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hasSharedData, sharedData } from "../../../test/shared-data";
import { InvalidInput } from "../errors";
import { functionSpec, type FunctionSpec } from "../schemas/function-spec";
import type { JsonSchema } from "../schemas/json-schema";
import { importCatalogs, parseCatalog, type CatalogInput } from "./index";

const read = (...parts: string[]): CatalogInput => ({ file: parts.join("/"), bytes: readFileSync(sharedData(...parts)) });
/** Suites skipped for want of ../shared still run their bodies to collect tests: read nothing then. */
const folder = (...parts: string[]): CatalogInput[] =>
  hasSharedData
    ? readdirSync(sharedData(...parts))
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => read(...parts, name))
    : [];
function lazy<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** The raw ToolBench JSON, read without the importer, to compute expectations independently. */
const rawParameter = z.object({ name: z.string(), type: z.string(), default: z.unknown().optional() });
const rawApi = z.object({
  category_name: z.string(),
  tool_name: z.string(),
  api_name: z.string(),
  required_parameters: z.array(rawParameter).optional(),
  optional_parameters: z.array(rawParameter).optional(),
  template_response: z.unknown().optional(),
});
type RawApi = z.infer<typeof rawApi>;
const rawQueries = z.array(z.object({ api_list: z.array(rawApi) }));
const rawApis = (input: CatalogInput): RawApi[] =>
  rawQueries.parse(JSON.parse(new TextDecoder().decode(input.bytes))).flatMap((query) => query.api_list);
const tripleOf = (category: string, tool: string, api: string): string => JSON.stringify([category, tool, api]);
const distinctTriples = (inputs: CatalogInput[]): Set<string> =>
  new Set(inputs.flatMap(rawApis).map((api) => tripleOf(api.category_name, api.tool_name, api.api_name)));

const byName = (functions: FunctionSpec[], name: string, where: (fn: FunctionSpec) => boolean = () => true): FunctionSpec => {
  const found = functions.find((fn) => fn.name === name && where(fn));
  if (found === undefined) throw new Error(`no function ${name}`);
  return found;
};
const property = (fn: FunctionSpec, name: string): JsonSchema | undefined => fn.parameters.properties[name];

function expectValidAndUnique(functions: FunctionSpec[]): void {
  for (const fn of functions) expect(functionSpec.safeParse(fn).success, fn.id).toBe(true);
  expect(new Set(functions.map((fn) => fn.id)).size).toBe(functions.length);
}

describe.skipIf(!hasSharedData)("real catalogs in ../shared/data", () => {
  describe("BFCL v3 multi-turn function docs", () => {
    const inputs = folder("bfcl_v3", "multi_turn_func_doc");
    const imported = lazy(() => importCatalogs(inputs));

    it("give exactly 129 functions in 8 toolkits, every line a function", () => {
      const { files, functions } = imported();
      expect(inputs).toHaveLength(8);
      expect(functions).toHaveLength(129);
      expect(new Set(functions.map((fn) => fn.toolkit))).toEqual(new Set(inputs.map((input) => input.file.split("/").pop()?.replace(".json", ""))));
      for (const file of files) {
        expect(file.format).toBe("bfcl-doc");
        expect(file.functions).toHaveLength(file.records);
        expect(file.duplicatesSkipped).toBe(0);
      }
      expectValidAndUnique(functions);
    });

    it("derive a readable category from each class name", () => {
      const { functions } = imported();
      const categories = Object.fromEntries(functions.map((fn) => [fn.toolkit, fn.category]));
      expect(categories).toEqual({
        gorilla_file_system: "File System",
        math_api: "Mathematics",
        message_api: "Communication",
        posting_api: "Social",
        ticket_api: "Customer Support",
        trading_bot: "Finance",
        travel_booking: "Travel",
        vehicle_control: "Vehicle",
      });
    });

    it("normalize float, dict and response, and read [Enum] hints", () => {
      const { functions } = imported();
      const add = byName(functions, "add");
      expect(add.parameters).toEqual({
        type: "object",
        properties: { a: { type: "number", description: "First number." }, b: { type: "number", description: "Second number. " } },
        required: ["a", "b"],
      });
      expect(add.returns).toEqual({ type: "object", properties: { result: { type: "number", description: "Sum of the two numbers." } } });
      expect(byName(functions, "view_messages_sent").returns?.properties?.messages?.type).toBe("object");
      expect(property(byName(functions, "startEngine"), "ignitionMode")?.enum).toEqual(["START", "STOP"]);
    });
  });

  describe("BFCL v3 single-turn test entries", () => {
    it.each([
      ["BFCL_v3_simple.json", 400],
      ["BFCL_v3_multiple.json", 200],
      ["BFCL_v3_irrelevance.json", 240],
    ])("%s imports all %i entries", (name, entries) => {
      const parsed = parseCatalog(read("bfcl_v3", name));
      expect(parsed.format).toBe("bfcl-test");
      expect(parsed.records).toBe(entries);
      expect(parsed.functions.length).toBeGreaterThanOrEqual(entries);
      expectValidAndUnique(parsed.functions);
    });

    it("keep dotted names, read tuple as array and any as no type", () => {
      const { functions } = parseCatalog(read("bfcl_v3", "BFCL_v3_simple.json"));
      expect(functions.some((fn) => fn.name === "math.factorial")).toBe(true);
      const distance = byName(functions, "calculate_distance", (fn) => property(fn, "coord1") !== undefined);
      expect(property(distance, "coord1")).toEqual({ type: "array", description: "The first coordinate as (latitude, longitude).", items: { type: "number" } });
      const forest = functions.find((fn) => property(fn, "data")?.description === "The training data for the model.");
      expect(forest?.parameters.properties.data).toEqual({ description: "The training data for the model." });
      expect(distance.parameters.type).toBe("object");
    });
  });

  describe("BFCL possible answers", () => {
    it.each(["BFCL_v3_simple.json", "BFCL_v3_multiple.json"])("%s is rejected as ground truth", (name) => {
      const run = (): unknown => parseCatalog(read("bfcl_v3", "possible_answer", name));
      expect(run).toThrow(InvalidInput);
      expect(run).toThrow(`bfcl_v3/possible_answer/${name}, record 0, field ground_truth: this is a BFCL possible-answer (ground-truth) file, not a function catalog`);
    });
  });

  describe("ToolBench and StableToolBench queries", () => {
    const stable = folder("stabletoolbench");
    const toolbench = folder("toolbench", "instruction");

    const eachFile = [...stable, ...toolbench].map((input) => [input.file, input] as const);
    it.each(eachFile.length > 0 ? eachFile : [["(no shared data)", { file: "none", bytes: new Uint8Array() }] as const])("%s imports every distinct API it defines", (_, input) => {
      const parsed = parseCatalog(input);
      expect(parsed.format).toBe("toolbench");
      const triples = distinctTriples([input]);
      expect(parsed.functions).toHaveLength(triples.size);
      expect(parsed.duplicatesSkipped).toBe(rawApis(input).length - triples.size);
      expectValidAndUnique(parsed.functions);
    });

    it("all StableToolBench files together give every distinct (category, tool, api)", () => {
      const started = performance.now();
      const { files, functions } = importCatalogs(stable);
      const elapsed = performance.now() - started;
      const expected = distinctTriples(stable);
      expect(stable).toHaveLength(6);
      expect(functions).toHaveLength(expected.size);
      expect(new Set(functions.map((fn) => tripleOf(fn.category, fn.toolkit, fn.name)))).toEqual(expected);
      expect(files.reduce((sum, file) => sum + file.functions.length, 0)).toBe(functions.length);
      expectValidAndUnique(functions);
      // A loose guard against accidental quadratic work (typically a few hundred ms); not a benchmark.
      expect(elapsed).toBeLessThan(5000);
    });

    it("import the name-only APIs of the inference demo with empty parameters", () => {
      const { functions } = parseCatalog(read("toolbench", "instruction", "inference_query_demo.json"));
      expect(functions.map((fn) => [fn.toolkit, fn.name, fn.parameters])).toEqual(
        ["Love Quote", "Success Quote", "Motivation Quote"].map((name) => ["Olato Quotes", name, { type: "object", properties: {}, required: [] }]),
      );
    });

    const functions = lazy(() => importCatalogs(stable).functions);
    const rawStable = lazy(() => stable.flatMap(rawApis));
    const find = (api: RawApi): FunctionSpec =>
      byName(functions(), api.api_name, (fn) => fn.toolkit === api.tool_name && fn.category === api.category_name);

    it("read NUMBER defaults written as text as numbers", () => {
      const api = rawStable().find((candidate) => candidate.required_parameters?.some((p) => p.type === "NUMBER" && typeof p.default === "string" && /^\d+$/.test(p.default)));
      const parameter = api?.required_parameters?.find((p) => p.type === "NUMBER" && typeof p.default === "string" && /^\d+$/.test(p.default));
      if (api === undefined || parameter === undefined) throw new Error("no NUMBER parameter with a text default in the data");
      expect(property(find(api), parameter.name)).toMatchObject({ type: "number", default: Number(parameter.default) });
    });

    it("read DATE, ENUM and lower-case string types", () => {
      const typed = (type: string): [RawApi, string] => {
        for (const api of rawStable()) {
          const parameter = [...(api.required_parameters ?? []), ...(api.optional_parameters ?? [])].find((p) => p.type === type);
          if (parameter !== undefined) return [api, parameter.name];
        }
        throw new Error(`no ${type} parameter`);
      };
      const [dateApi, dateName] = typed("DATE (YYYY-MM-DD)");
      expect(property(find(dateApi), dateName)).toMatchObject({ type: "string", format: "date" });
      const [enumApi, enumName] = typed("ENUM");
      expect(property(find(enumApi), enumName)?.type).toBe("string");
      const [stringApi, stringName] = typed("string");
      expect(property(find(stringApi), stringName)?.type).toBe("string");
    });

    it("turn template_response into a returns schema", () => {
      const api = rawStable().find((candidate) => typeof candidate.template_response === "object" && JSON.stringify(candidate.template_response).includes("_list_length"));
      if (api === undefined || typeof api.template_response !== "object" || api.template_response === null) throw new Error("no template");
      const returns = find(api).returns;
      expect(returns?.type).toBe("object");
      expect(Object.keys(returns?.properties ?? {}).sort()).toEqual(Object.keys(api.template_response).filter((key) => key !== "_list_length").sort());
      expect(JSON.stringify(returns)).not.toContain("_list_length");
      expect(JSON.stringify(returns)).not.toMatch(/"type":"(str|int|bool|NoneType|float)"/);
    });

    it("keep the complete part of templates cut at 1000 characters", () => {
      const api = rawStable().find((candidate) => typeof candidate.template_response === "string" && candidate.template_response.startsWith("{"));
      if (api === undefined) throw new Error("no text template");
      const returns = find(api).returns;
      expect(returns?.type).toBe("object");
      expect(Object.keys(returns?.properties ?? {}).length).toBeGreaterThan(0);
    });
  });
});
