import { describe, expect, it } from "vitest";
import { specOf } from "../simulate/test-catalog";
import { runChecks } from "./run-checks";

const tools = [specOf("cd", { properties: { folder: { type: "string" } }, required: ["folder"] }), specOf("tail", { properties: { lines: { type: "integer" } } })];

describe("runChecks", () => {
  it("runs the checks whose inputs are given and names each verdict", () => {
    const results = runChecks({
      calls: [{ name: "cd", arguments: { folder: "docs" } }, { name: "tail", arguments: { lines: "3" } }, { name: "rmrf", arguments: {} }],
      tools,
      history: [{ kind: "call", query: "", calls: [], outputs: [{ current_directory_content: ["docs"] }] }],
      outputs: [{ current_working_directory: "/alice/docs" }, { error: "tail: x: No such file or directory" }],
      expectations: [{ call: 0, parameter: "folder", from: "previous outputs" }],
      rederived: [{ name: "cd", arguments: { folder: "docs" } }],
    });
    expect(results).toEqual({
      schema: { passed: false, problems: ["calls[1] tail: arguments.lines: must be integer"] },
      unknown_names: { passed: false, problems: ['calls[2] rmrf: unknown function "rmrf"'] },
      carried_values: { passed: true, problems: [] },
      failure_text: { passed: false, problems: ['outputs[1].error: "tail: x: No such file or directory"'] },
      round_trip: { passed: false, problems: ["reference has 3 call(s), the re-derived answer 1", "tail: not re-derived from the query", "rmrf: not re-derived from the query"] },
    });
  });

  it("lists only the schema and names checks when nothing else is given", () => {
    expect(Object.keys(runChecks({ calls: [{ name: "cd", arguments: { folder: "a" } }], tools }))).toEqual(["schema", "unknown_names"]);
  });
});
