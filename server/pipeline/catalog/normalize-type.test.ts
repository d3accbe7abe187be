import { describe, expect, it } from "vitest";
import { mapTypeName } from "./normalize-type";

describe("mapTypeName", () => {
  it.each([
    ["dict", { type: "object" }, false],
    ["float", { type: "number" }, false],
    ["tuple", { type: "array" }, false],
    ["any", {}, false],
    ["int", { type: "integer" }, false],
    ["integer", { type: "integer" }, false],
    ["String", { type: "string" }, false],
    ["str", { type: "string" }, false],
    ["bool", { type: "boolean" }, false],
    ["list", { type: "array" }, false],
    ["NUMBER", { type: "number" }, false],
    ["STRING", { type: "string" }, false],
    ["BOOLEAN", { type: "boolean" }, false],
    ["ENUM", { type: "string" }, false],
    ["OBJECT", { type: "object" }, false],
    ["ARRAY", { type: "array" }, false],
    ["DATE (YYYY-MM-DD)", { type: "string", format: "date" }, false],
    ["TIME (24-hour HH:MM)", { type: "string", pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, false],
    ["BINARY", { type: "string", contentEncoding: "base64" }, false],
    ["NoneType", { type: "null" }, false],
    ["str, optional", { type: "string" }, true],
    ["List[int]", { type: "array", items: { type: "integer" } }, false],
    ["List[List[str]]", { type: "array", items: { type: "array", items: { type: "string" } } }, false],
    ["Dict", { type: "object" }, false],
    ["Dict[str, Any]", { type: "object" }, false],
    ["Dict[str, int]", { type: "object", additionalProperties: { type: "integer" } }, false],
    ["Tuple[int, int]", { type: "array", prefixItems: [{ type: "integer" }, { type: "integer" }] }, false],
    ["Tuple[float, ...]", { type: "array", items: { type: "number" } }, false],
    ["Union[int, float]", { type: ["integer", "number"] }, false],
    ["Optional[str]", { type: "string" }, true],
    ["Union[str, None]", { type: "string" }, true],
    ["List[Union[int, float]], optional", { type: "array", items: { type: ["integer", "number"] } }, true],
    ["Literal['asc', 'desc']", { type: "string", enum: ["asc", "desc"] }, false],
    ["Callable[[float], float]", {}, false],
    ["typing.List[str]", { type: "array", items: { type: "string" } }, false],
  ])("%s", (name, schema, optional) => {
    expect(mapTypeName(name)).toEqual({ schema, optional });
  });

  it.each(["banana", "", "List[banana]", "List[int", "str, int", "Dict[str, int]]"])("%j is not a type", (name) => {
    expect(mapTypeName(name)).toBeUndefined();
  });

  it("returns a fresh schema each time (callers add keywords to it)", () => {
    const first = mapTypeName("str");
    if (first !== undefined) first.schema.description = "changed";
    expect(mapTypeName("str")?.schema).toEqual({ type: "string" });
  });
});
