import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InvalidInput } from "../pipeline/errors";
import { zodFieldPath } from "../pipeline/zod-field-path";

/** Reads a JSON Lines file; a bad line is named by its 0-based record index and field. */
export function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
  const records: T[] = [];
  text.split("\n").forEach((line, record) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InvalidInput(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { file, record });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidInput(issue?.message ?? "does not match the expected shape", { file, record, field: zodFieldPath(issue?.path ?? []) || undefined });
    }
    records.push(parsed.data);
  });
  return records;
}
