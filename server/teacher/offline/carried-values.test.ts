import { describe, expect, it } from "vitest";
import { coerce } from "./carried-values";

describe("coerce", () => {
  it.each([
    ["a city into a date", "Toronto", "date", undefined],
    ["a title into a date", "Weekly sync notes", "date", undefined],
    ["a date into a date", "2026-02-28", "date", "2026-02-28"],
    ["a timestamp into a date-time", "2026-02-28T10:00:00Z", "date-time", "2026-02-28T10:00:00Z"],
    ["a name into an email", "Ada Lovelace", "email", undefined],
    ["an address into an email", "ada@example.com", "email", "ada@example.com"],
  ])("carries %s only when it has the format's shape", (_, value, format, expected) => {
    expect(coerce(value, { type: "string", format }, "start_date")).toBe(expected);
  });
});
