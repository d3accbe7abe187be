import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { failureTextCheck, outputSchemaCheck, schemaCheck } from "../../pipeline/checks";
import type { FunctionCall } from "../../pipeline/schemas/chat";
import { bfclFunction, bfclFunctions } from "../../pipeline/simulate/test-catalog";
import { bindExecutors, chooseExecutor } from "../choose-executor";
import { createJavaScriptExecutor } from "../javascript-executor";
import { createSession, type ExecutionSession } from "../session";
import { createFileSystemToolkit, FILE_SYSTEM_TOOLKIT, fileSystemToolkit } from "./file-system";

const executor = createJavaScriptExecutor([fileSystemToolkit]);
/** Calls the toolkit directly in one session: no catalog needed for the behaviour tests. */
const runner =
  (session: ExecutionSession = createSession(1)) =>
  (name: string, args: Record<string, unknown> = {}) =>
    fileSystemToolkit.run(name, args, session);

describe("the gorilla_file_system toolkit", () => {
  it("executes a realistic sequence with state", () => {
    const run = runner();
    expect(run("pwd")).toEqual({ current_working_directory: "/alice" });
    expect(run("ls")).toEqual({ current_directory_content: ["documents", "projects", "photos"] });
    expect(run("ls", { a: true })).toEqual({ current_directory_content: ["documents", "projects", "photos", ".profile"] });
    expect(run("mkdir", { dir_name: "reports" })).toEqual({});
    expect(run("cd", { folder: "reports" })).toEqual({ current_working_directory: "/alice/reports" });
    expect(run("touch", { file_name: "summary.txt" })).toEqual({});
    expect(run("echo", { content: "Revenue up\nCosts down\nAll good", file_name: "summary.txt" })).toEqual({});
    expect(run("echo", { content: "just printing" })).toEqual({ terminal_output: "just printing" });
    expect(run("cat", { file_name: "summary.txt" })).toEqual({ file_content: "Revenue up\nCosts down\nAll good" });
    expect(run("wc", { file_name: "summary.txt", mode: "w" })).toEqual({ count: 6, type: "words" });
    expect(run("grep", { file_name: "summary.txt", pattern: "Costs" })).toEqual({ matching_lines: ["Costs down"] });
    expect(run("sort", { file_name: "summary.txt" })).toEqual({ sorted_content: "All good\nCosts down\nRevenue up" });
    expect(run("tail", { file_name: "summary.txt", lines: 2 })).toEqual({ last_lines: "Costs down\nAll good" });
    expect(run("cd", { folder: ".." })).toEqual({ current_working_directory: "/alice" });
    expect(run("find", { name: "summary" })).toEqual({ matches: ["./reports/summary.txt"] });
    expect(run("find", { path: "documents", name: "report" })).toEqual({ matches: ["documents/report.txt", "documents/archive/report-2023.txt"] });
    expect(run("cd", { folder: "reports" })).toEqual({ current_working_directory: "/alice/reports" });
    expect(run("cp", { source: "summary.txt", destination: "copy.txt" })).toEqual({ result: "'summary.txt' copied to 'copy.txt'" });
    expect(run("diff", { file_name1: "summary.txt", file_name2: "copy.txt" })).toEqual({ diff_lines: "" });
    expect(run("mv", { source: "summary.txt", destination: "final.txt" })).toEqual({ result: "'summary.txt' moved to 'final.txt'" });
    expect(run("ls")).toEqual({ current_directory_content: ["copy.txt", "final.txt"] });
    expect(run("du")).toEqual({ disk_usage: "60 bytes" });
    expect(run("rm", { file_name: "final.txt" })).toEqual({ result: "'final.txt' removed" });
    expect(run("rm", { file_name: "copy.txt" })).toEqual({ result: "'copy.txt' removed" });
    expect(run("ls")).toEqual({ current_directory_content: [] });
    expect(run("cd", { folder: ".." })).toEqual({ current_working_directory: "/alice" });
    expect(run("mv", { source: "photos", destination: "documents" })).toEqual({ result: "'photos' moved to 'documents/photos'" });
    expect(run("rmdir", { dir_name: "reports" })).toEqual({ result: "'reports' removed" });
    expect(run("find", { path: "/alice/documents", name: "photos" })).toEqual({ matches: ["/alice/documents/photos"] });
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ["cd into a missing folder", "cd", { folder: "temp" }, "cd: temp: No such directory. You cannot use path to change directory."],
    ["cd along a path", "cd", { folder: "documents/archive" }, "cd: documents/archive: Unsupported path. Only one folder level at a time is supported."],
    ["cd above the root", "cd", { folder: ".." }, "Current directory is already the root. Cannot go back."],
    ["cat a missing file", "cat", { file_name: "nope.txt" }, "cat: nope.txt: No such file or directory"],
    ["cat a folder", "cat", { file_name: "documents" }, "cat: documents: Is a directory"],
    ["mkdir an existing name", "mkdir", { dir_name: "documents" }, "mkdir: cannot create directory 'documents': File exists"],
    ["touch a name with a slash", "touch", { file_name: "a/b.txt" }, "touch: cannot touch 'a/b.txt': Invalid character"],
    ["echo into a missing file", "echo", { content: "x", file_name: "new.txt" }, "echo: cannot write to 'new.txt': No such file"],
    ["wc with a bad mode", "wc", { file_name: ".profile", mode: "z" }, "wc: invalid mode 'z'"],
    ["tail of a folder", "tail", { file_name: "documents" }, "tail: documents: No such file or directory"],
    ["diff with a missing file", "diff", { file_name1: ".profile", file_name2: "x" }, "diff: .profile or x: No such file or directory"],
    ["mv to a path", "mv", { source: "photos", destination: "documents/photos" }, "mv: no path allowed in destination. Only file name and folder name is supported for this operation."],
    ["mv onto a file", "mv", { source: "photos", destination: ".profile" }, "mv: cannot move 'photos' to '.profile': Not a directory"],
    ["cp a missing file", "cp", { source: "x", destination: "y" }, "cp: cannot copy 'x': No such file or directory"],
    ["rm a missing file", "rm", { file_name: "x" }, "rm: cannot remove 'x': No such file or directory"],
    ["rmdir a full folder", "rmdir", { dir_name: "documents" }, "rmdir: failed to remove 'documents': Directory not empty"],
    ["rmdir a file", "rmdir", { dir_name: ".profile" }, "rmdir: cannot remove '.profile': Not a directory"],
    ["find under a missing folder", "find", { path: "nowhere" }, "find: 'nowhere': No such file or directory"],
    ["a missing argument", "cat", {}, "cat: file_name must be a string"],
  ])("answers %s with the class's error text", (_label, name, args, error) => {
    const output = runner()(name, args);
    expect(output).toEqual({ error });
    expect(failureTextCheck([output]).passed).toBe(false);
  });

  it("keeps sessions apart: each trajectory starts from the same fresh tree", () => {
    const [first, second] = [createSession(1), createSession(1)];
    runner(first)("mkdir", { dir_name: "only-here" });
    runner(first)("cd", { folder: "documents" });
    expect(runner(second)("ls")).toEqual({ current_directory_content: ["documents", "projects", "photos"] });
    expect(runner(second)("pwd")).toEqual({ current_working_directory: "/alice" });
    expect(runner(first)("pwd")).toEqual({ current_working_directory: "/alice/documents" });
    expect(runner(first)("cd", { folder: "/" })).toEqual({ current_working_directory: "/alice" });
    expect(runner(first)("ls")).toEqual({ current_directory_content: ["documents", "projects", "photos", "only-here"] });
  });

  it("loads a BFCL scenario tree (initial_config shape)", () => {
    const toolkit = createFileSystemToolkit("alex", {
      type: "directory",
      contents: { workspace: { type: "directory", contents: { "log.txt": { type: "file", content: "b\na\n" } } } },
    });
    const session = createSession(2);
    expect(toolkit.run("cd", { folder: "workspace" }, session)).toEqual({ current_working_directory: "/alex/workspace" });
    expect(toolkit.run("sort", { file_name: "log.txt" }, session)).toEqual({ sorted_content: "a\nb" });
    expect(toolkit.run("du", { human_readable: true }, session)).toEqual({ disk_usage: "4.00 B" });
  });

  it("reads BFCL's 'None' default as no value", () => {
    const run = runner();
    expect(run("echo", { content: "hi", file_name: "None" })).toEqual({ terminal_output: "hi" });
    expect((run("find", { path: ".", name: "None" }) as { matches: string[] }).matches).toHaveLength(11);
  });
});

describe.skipIf(!hasSharedData)("the toolkit against the BFCL gorilla_file_system docs", () => {
  const calls: FunctionCall[] = [
    { name: "pwd", arguments: {} },
    { name: "ls", arguments: { a: true } },
    { name: "cd", arguments: { folder: "documents" } },
    { name: "mkdir", arguments: { dir_name: "drafts" } },
    { name: "touch", arguments: { file_name: "todo.md" } },
    { name: "echo", arguments: { content: "one\ntwo", file_name: "todo.md" } },
    { name: "echo", arguments: { content: "shown" } },
    { name: "cat", arguments: { file_name: "report.txt" } },
    { name: "find", arguments: { path: ".", name: "report" } },
    { name: "wc", arguments: { file_name: "report.txt", mode: "c" } },
    { name: "wc", arguments: { file_name: "report.txt" } },
    { name: "sort", arguments: { file_name: "notes.txt" } },
    { name: "grep", arguments: { file_name: "report.txt", pattern: "Revenue" } },
    { name: "du", arguments: { human_readable: true } },
    { name: "tail", arguments: { file_name: "notes.txt", lines: 1 } },
    { name: "diff", arguments: { file_name1: "report.txt", file_name2: "notes.txt" } },
    { name: "cp", arguments: { source: "notes.txt", destination: "drafts" } },
    { name: "mv", arguments: { source: "todo.md", destination: "drafts" } },
    { name: "rm", arguments: { file_name: "notes.txt" } },
    { name: "cd", arguments: { folder: "drafts" } },
    { name: "rm", arguments: { file_name: "todo.md" } },
    { name: "rm", arguments: { file_name: "notes.txt" } },
    { name: "cd", arguments: { folder: ".." } },
    { name: "rmdir", arguments: { dir_name: "drafts" } },
  ];

  it("implements every function the docs list, and routes exactly those to the JavaScript executor", () => {
    const docs = bfclFunctions().filter((spec) => spec.toolkit === FILE_SYSTEM_TOOLKIT);
    expect(docs.map((spec) => spec.name).sort()).toEqual([...fileSystemToolkit.functionNames].sort());
    expect(new Set(calls.map((call) => call.name))).toEqual(new Set(fileSystemToolkit.functionNames));
    for (const spec of bfclFunctions()) expect(chooseExecutor([executor], spec).kind).toBe(spec.toolkit === FILE_SYSTEM_TOOLKIT ? "javascript" : "simulated");
  });

  it("answers every call with a valid, successful output of the documented fields", async () => {
    const execute = bindExecutors([executor], createSession(3));
    for (const call of calls) {
      const spec = bfclFunction(call.name);
      expect(schemaCheck(spec, call).problems, call.name).toEqual([]);
      const output = await execute(call, spec, []);
      expect(outputSchemaCheck(spec, output).problems, call.name).toEqual([]);
      expect(failureTextCheck([output]).problems, `${call.name}: ${JSON.stringify(output)}`).toEqual([]);
      const documented = Object.keys(spec.returns?.properties ?? {});
      for (const key of Object.keys(output as object)) expect(documented, `${call.name} answered ${key}`).toContain(key);
    }
  });
});
