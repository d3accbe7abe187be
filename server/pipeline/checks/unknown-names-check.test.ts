import { describe, expect, it } from "vitest";
import type { FunctionCall } from "../schemas/chat";
import { specOf } from "../simulate/test-catalog";
import { unknownNamesCheck } from "./unknown-names-check";

const tools = [
  specOf("cd", { properties: { folder: { type: "string" } }, required: ["folder"] }),
  specOf("tag", { properties: { name: { type: "string" } }, additionalProperties: { type: "string" } }),
  specOf("meta", { properties: {}, patternProperties: { "^x-": { type: "string" } } }),
];

describe("unknownNamesCheck", () => {
  it.each<[string, FunctionCall[]]>([
    ["documented calls", [{ name: "cd", arguments: { folder: "docs" } }]],
    ["extra names the schema welcomes", [{ name: "tag", arguments: { name: "a", colour: "red" } }, { name: "meta", arguments: { "x-trace": "1" } }]],
    ["no calls", []],
  ])("passes %s", (_label, calls) => {
    expect(unknownNamesCheck(calls, tools)).toEqual({ passed: true, problems: [] });
  });

  it.each<[string, FunctionCall[], string[]]>([
    ["an unknown function", [{ name: "chdir", arguments: {} }], ['calls[0] chdir: unknown function "chdir"']],
    ["an unknown parameter", [{ name: "cd", arguments: { folder: "a", path: "/a" } }], ['calls[0] cd: unknown parameter "path"']],
    ["a missing required parameter", [{ name: "cd", arguments: {} }], ['calls[0] cd: missing required parameter "folder"']],
    ["a name outside patternProperties", [{ name: "meta", arguments: { trace: "1" } }], ['calls[0] meta: unknown parameter "trace"']],
    [
      "problems in several calls",
      [{ name: "cd", arguments: { folder: "a" } }, { name: "cd", arguments: { dir: "b" } }],
      ['calls[1] cd: unknown parameter "dir"', 'calls[1] cd: missing required parameter "folder"'],
    ],
  ])("flags %s", (_label, calls, problems) => {
    expect(unknownNamesCheck(calls, tools)).toEqual({ passed: false, problems });
  });
});
