import { describe, expect, it } from "vitest";
import { failureTextCheck } from "./failure-text-check";

describe("failureTextCheck", () => {
  it.each<[string, unknown[]]>([
    ["plain results", [{ current_working_directory: "/alice/docs" }, { matches: ["./a.txt"] }]],
    ["failure words outside message fields", [{ description: "Fix the login error on mobile", title: "Invalid form" }]],
    ["empty error fields", [{ error: null, errors: [], verification_failure: "", error_count: 0 }]],
    ["a success message", [{ message: "Message sent successfully." }]],
    ["a 2xx status code", [{ status_code: 201 }]],
    ["plain text that is not an error report", ["No errors were found in the document."]],
  ])("passes %s", (_label, outputs) => {
    expect(failureTextCheck(outputs)).toEqual({ passed: true, problems: [] });
  });

  it.each<[string, unknown[], string[]]>([
    ["an error field", [{}, { error: "cd: temp: No such directory" }], ['outputs[1].error: "cd: temp: No such directory"']],
    ["a *_failure field", [{ verification_failure: "Passport expired" }], ['outputs[0].verification_failure: "Passport expired"']],
    ["an errorMessage field", [{ errorMessage: "boom" }], ['outputs[0].errorMessage: "boom"']],
    ["'not found' in a message", [{ message: "User not found" }], ['outputs[0].message: "User not found" (failure text "not found")']],
    ["'invalid' in a nested status", [{ result: { status: "Invalid token" } }], ['outputs[0].result.status: "Invalid token" (failure text "Invalid")']],
    ["'Bad request' anywhere", [{ data: { body: "Bad request: missing q" } }], ['outputs[0].data.body: "Bad request: missing q" (failure text "Bad request")']],
    ["'does not match' anywhere", [{ note: "Signature does not match" }], ['outputs[0].note: "Signature does not match" (failure text "does not match")']],
    ["an HTTP error text", [{ body: "503 Service Unavailable" }], ['outputs[0].body: "503 Service Unavailable" (failure text "503 Service Unavailable")']],
    ["an HTTP error code", [{ statusCode: 404 }], ["outputs[0].statusCode: HTTP status 404"]],
    ["a plain-text error report", ["Error: quota exceeded"], ['outputs[0]: "Error: quota exceeded" (failure text "Error")']],
  ])("flags %s", (_label, outputs, problems) => {
    expect(failureTextCheck(outputs)).toEqual({ passed: false, problems });
  });
});
