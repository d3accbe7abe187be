import type { z } from "zod";

/** A number field as typed: blank is "not given", a number is a number, anything else goes to the schema as text so it names the problem. */
export function numberField(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The first problem of each field, keyed by the field's name (inside `within` when the form's fields sit in one object of the input). */
export function fieldErrors(error: z.ZodError, within?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = within !== undefined && issue.path[0] === within ? issue.path.slice(1) : issue.path;
    const field = String(path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
