import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InvalidInput } from "../pipeline/errors";
import { parseJsonLine } from "../json-lines";

/** Reads a JSON Lines file; a bad line is named by its 0-based record index and field. */
export function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
  return text.split("\n").flatMap((line, record) => (line.trim() === "" ? [] : [parseJsonLine(line, schema, { file, record })]));
}
