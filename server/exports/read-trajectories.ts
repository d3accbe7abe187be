import { createReadStream } from "node:fs";
import type { z } from "zod";
import { InvalidInput } from "../pipeline/errors";
import { trajectory, type Trajectory } from "../pipeline/schemas/trajectory";
import { zodFieldPath } from "../pipeline/zod-field-path";

/** Lines of a file, split from raw chunks (cheaper than readline for millions of long lines). */
async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  let rest = "";
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const text = rest + chunk;
      let start = 0;
      for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
        yield text.slice(start, end);
        start = end + 1;
      }
      rest = text.slice(start);
    }
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
  if (rest !== "") yield rest;
}

/** Streams a JSON Lines file through a schema; a bad line is named by file, record and field. */
export async function* readRecords<T>(file: string, schema: z.ZodType<T>): AsyncGenerator<{ record: number; value: T }> {
  let record = -1;
  for await (const line of lines(file)) {
    record++;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InvalidInput("is not valid JSON", { file, record });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidInput(issue?.message ?? "does not match the expected shape", { file, record, field: zodFieldPath(issue?.path ?? []) || undefined });
    }
    yield { record, value: parsed.data };
  }
}

/** Streams a trajectories file one record at a time. */
export async function* readTrajectories(file: string): AsyncGenerator<{ record: number; trajectory: Trajectory }> {
  for await (const { record, value } of readRecords(file, trajectory)) yield { record, trajectory: value };
}
