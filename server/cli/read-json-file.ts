import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InvalidInput } from "../pipeline/errors";
import { zodFieldPath } from "../pipeline/zod-field-path";


/** Reads a JSON file and parses it with a schema; every failure names the file and the field. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidInput(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { file });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInput(issue?.message ?? "does not match the expected shape", { file, field: zodFieldPath(issue?.path ?? []) || undefined });
  }
  return parsed.data;
}
