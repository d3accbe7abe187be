import type { z } from "zod";
import { describeValue, joinPath, reject, valueAt, type RecordAt } from "./location";

type Issue = z.core.$ZodIssue;

const article = (noun: string): string => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/** The expected types a union accepted, read from its branches' top-level issues. */
function unionExpectations(issue: Extract<Issue, { code: "invalid_union" }>): string[] {
  const expected: string[] = [];
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.path.length === 0 && inner.code === "invalid_type") expected.push(article(inner.expected));
    }
  }
  return expected;
}

/** Turns a zod issue into a sentence about the value found, without zod's own wording. */
function explain(issue: Issue, actual: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      // zod 4 reports a missing required z.unknown() as expecting "nonoptional".
      if (issue.expected === "nonoptional") return "is missing";
      return actual === undefined
        ? `is missing (expected ${article(issue.expected)})`
        : `expected ${article(issue.expected)}, got ${describeValue(actual)}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, got ${describeValue(actual)}`;
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1
        ? "must not be empty"
        : `must have at least ${String(issue.minimum)} ${issue.origin === "array" ? "items" : "characters"}`;
    case "invalid_union": {
      const expected = unionExpectations(issue);
      return expected.length > 0
        ? `expected ${expected.join(" or ")}, got ${describeValue(actual)}`
        : `has an unexpected shape (${describeValue(actual)})`;
    }
    default:
      return issue.message;
  }
}

/**
 * Checks a parsed JSON value against a zod shape and returns it typed; on failure names the first bad
 * field under `prefix` (the value's own path inside the record) so the message points at the input.
 */
export function parseShape<T>(schema: z.ZodType<T>, value: unknown, at: RecordAt, prefix = ""): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) return reject(at, prefix, "is not valid");
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  return reject(at, joinPath(prefix, ...path), explain(issue, valueAt(value, issue.path)));
}
