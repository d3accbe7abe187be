import { describe, expect, it } from "vitest";
import type { FunctionCall } from "../schemas/chat";
import { roundTripCheck } from "./round-trip-check";

const call = (name: string, args: Record<string, unknown>): FunctionCall => ({ name, arguments: args });

describe("roundTripCheck", () => {
  it.each<[string, FunctionCall[], FunctionCall[]]>([
    ["identical calls", [call("cd", { folder: "docs" })], [call("cd", { folder: "docs" })]],
    ["other key order", [call("mv", { source: "a", destination: "b" })], [call("mv", { destination: "b", source: "a" })]],
    ["nested objects in other order", [call("edit", { updates: { a: 1, b: [1, { c: 2 }] } })], [call("edit", { updates: { b: [1, { c: 2 }], a: 1 } })]],
    ["parallel calls in another order", [call("get", { id: 1 }), call("get", { id: 2 })], [call("get", { id: 2 }), call("get", { id: 1 })]],
    ["no calls", [], []],
  ])("passes %s", (_label, reference, rederived) => {
    expect(roundTripCheck(reference, rederived)).toEqual({ passed: true, problems: [] });
  });

  it.each<[string, FunctionCall[], FunctionCall[], string[]]>([
    ["a number given as text", [call("tail", { lines: 5 })], [call("tail", { lines: "5" })], ['tail.lines: 5 vs "5" (number vs string)']],
    ["another value", [call("cd", { folder: "docs" })], [call("cd", { folder: "Docs" })], ['cd.folder: "docs" vs "Docs"']],
    ["a missing argument", [call("wc", { file_name: "a", mode: "w" })], [call("wc", { file_name: "a" })], ['wc.mode: missing in the re-derived call (reference "w")']],
    ["an extra argument", [call("ls", {})], [call("ls", { a: true })], ["ls.a: not in the reference (re-derived true)"]],
    ["a nested difference", [call("edit", { updates: { priority: 3 } })], [call("edit", { updates: { priority: 4 } })], ["edit.updates.priority: 3 vs 4"]],
    ["a list of another length", [call("m", { ids: [1, 2] })], [call("m", { ids: [1] })], ["m.ids: [1,2] vs [1] (2 vs 1 items)"]],
    ["another function", [call("cd", { folder: "a" })], [call("ls", {})], ["cd: not re-derived from the query", "ls: re-derived but not in the reference"]],
    ["a call too few", [call("cd", { folder: "a" }), call("ls", {})], [call("cd", { folder: "a" })], ["reference has 2 call(s), the re-derived answer 1", "ls: not re-derived from the query"]],
  ])("flags %s", (_label, reference, rederived, problems) => {
    expect(roundTripCheck(reference, rederived)).toEqual({ passed: false, problems });
  });
});
