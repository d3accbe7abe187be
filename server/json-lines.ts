import { createReadStream } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { z } from "zod";
import { InvalidInput } from "./pipeline/errors";
import { zodFieldPath } from "./pipeline/zod-field-path";

/** A byte range of a file: `start` inclusive, `end` exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Lines of a file (or of a byte range that starts and ends at line boundaries). Newlines are found in
 * the raw bytes and each line is decoded on its own: cheaper than readline or a string decoder for
 * millions of long lines.
 */
export async function* lines(file: string, range?: ByteRange): AsyncGenerator<string> {
  if (range && range.end <= range.start) return;
  const input = createReadStream(file, { highWaterMark: 1 << 20, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  let carry: Buffer | undefined;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const data = carry ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        yield data.toString("utf8", start, end);
        start = end + 1;
      }
      carry = start < data.length ? data.subarray(start) : undefined;
    }
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
  if (carry) yield carry.toString("utf8");
}

/** One JSON Lines record through a schema; a bad one is named by file, record and field. */
export function parseJsonLine<T>(line: string, schema: z.ZodType<T>, location: { file: string; record: number }): T {
  return checkRecord(parseJson(line, location), schema, location);
}

function parseJson(line: string, location: { file: string; record: number }): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new InvalidInput(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`, location);
  }
}

function checkRecord<T>(value: unknown, schema: z.ZodType<T>, location: { file: string; record: number }): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidInput(issue?.message ?? "does not match the expected shape", { ...location, field: zodFieldPath(issue?.path ?? []) || undefined });
}

/**
 * `parseJsonLine` for millions of records: a compiled JSON Schema check (no copy of the record) accepts
 * good records; a record it refuses goes through zod, whose first issue names the field.
 */
export function recordParser<T>(schema: z.ZodType<T>): (line: string, location: { file: string; record: number }) => T {
  const check = new Ajv2020({ strict: false, allErrors: false }).compile<T>(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
  return (line, location) => {
    const value = parseJson(line, location);
    return check(value) ? value : checkRecord(value, schema, location);
  };
}
