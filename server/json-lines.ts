import { open, type FileHandle } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { z } from "zod";
import { InvalidInput } from "./pipeline/errors";
import { zodFieldPath } from "./pipeline/zod-field-path";

/** A byte range of a file: `start` inclusive, `end` exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The lines of one read of `lineBatches`, each decoded when asked for: a line's text then lives only
 * while its caller needs it, where a read's worth of decoded lines kept a megabyte of strings alive
 * through every young-generation collection of the batch. Valid until the generator is resumed.
 */
export class LineBatch {
  constructor(
    private readonly data: Buffer,
    /** Where `data[0]` is in the file. */
    private readonly dataAt: number,
    /** Per line: its first byte and the byte after its last, in `data`. */
    private readonly bounds: readonly number[],
  ) {}

  get count(): number {
    return this.bounds.length / 2;
  }

  line(k: number): string {
    return this.data.toString("utf8", this.bounds[2 * k], this.bounds[2 * k + 1]);
  }

  /** Where line `k` starts in the file, in bytes. */
  start(k: number): number {
    return this.dataAt + (this.bounds[2 * k] ?? 0);
  }

  /** Where the line after the last one starts, in bytes (one past the file's end when the last line has no newline). */
  get end(): number {
    return this.start(this.count - 1) + this.bytes(this.count - 1) + 1;
  }

  /** Line `k`'s length in bytes, without its newline. */
  bytes(k: number): number {
    return (this.bounds[2 * k + 1] ?? 0) - (this.bounds[2 * k] ?? 0);
  }
}

const BATCH_BYTES = 1 << 20;

/**
 * The lines of a file (or of a byte range that starts and ends at line boundaries) a read at a time
 * (about a megabyte): for a caller that handles millions of lines, one await per read instead of one
 * per line costs several times less, and each line comes with its byte offset. Newlines are found in
 * the raw bytes and each line is decoded on its own.
 * Two buffers take turns: the next read goes into one while the caller handles the batch in the other,
 * so a CPU-bound caller never waits on it.
 */
export async function* lineBatches(file: string, range?: ByteRange): AsyncGenerator<LineBatch> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
  const end = range?.end ?? Infinity;
  let position = range?.start ?? 0;
  let buffer = Buffer.allocUnsafe(BATCH_BYTES);
  let spare = Buffer.allocUnsafe(BATCH_BYTES);
  /** Bytes in `buffer` before this read's: the start of a line the last read did not finish. */
  let filled = 0;
  /** Where `buffer[0]` is in the file. */
  let bufferAt = position;
  let reading = readInto(handle, buffer, 0, Math.min(buffer.length, end - position), position, file);
  try {
    for (;;) {
      const bytesRead = await reading;
      position += bytesRead;
      filled += bytesRead;
      const data = buffer.subarray(0, filled);
      const bounds: number[] = [];
      let start = 0;
      for (let newline = data.indexOf(10, start); newline >= 0; newline = data.indexOf(10, start)) {
        bounds.push(start, newline);
        start = newline + 1;
      }
      if (bytesRead === 0) {
        if (start < filled) bounds.push(start, filled);
        if (bounds.length > 0) yield new LineBatch(buffer, bufferAt, bounds);
        return;
      }
      // The unfinished line moves to the spare buffer (larger when it fills a whole one), and the next read follows it there.
      const carry = filled - start;
      if (carry >= spare.length) spare = Buffer.allocUnsafe(2 * carry);
      buffer.copy(spare, 0, start, filled);
      const batch = new LineBatch(buffer, bufferAt, bounds);
      [buffer, spare] = [spare, buffer];
      filled = carry;
      bufferAt += start;
      reading = readInto(handle, buffer, filled, Math.min(buffer.length - filled, end - position), position, file);
      if (bounds.length > 0) yield batch;
    }
  } finally {
    // A caller that stops early leaves a read under way: it ends before the file is closed, and its failure is nobody's.
    await reading.catch(() => 0);
    await handle.close();
  }
}

async function readInto(handle: FileHandle, buffer: Buffer, offset: number, length: number, position: number, file: string): Promise<number> {
  try {
    return (await handle.read(buffer, offset, length, position)).bytesRead;
  } catch {
    throw new InvalidInput("cannot be read (no such file or no permission)", { file });
  }
}

/** One JSON Lines record through a schema; a bad one is named by file, record and field. */
export function parseJsonLine<T>(line: string, schema: z.ZodType<T>, location: { file: string; record: number }): T {
  return checkRecord(parseJson(line, location), schema, location);
}

function parseJson(line: string, location: { file: string; record: number }, parse: (text: string) => unknown = JSON.parse): unknown {
  try {
    return parse(line);
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

/** Whether a value is a record of the schema: a compiled JSON Schema check (ajv's), which copies nothing. */
export type RecordCheck<T> = (value: unknown) => value is T;

const checkOptions = { strict: false, allErrors: false, discriminator: true, validateSchema: false } as const;

/** The JSON Schema of a zod schema, as the record checks read it. */
const checkSchema = (schema: z.ZodType) => withDiscriminators(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));

/** Compiles the check of a schema's records (about 50 ms for a trajectory, twice that in a thread that starts busy). */
export function compileRecordCheck<T>(schema: z.ZodType<T>): RecordCheck<T> {
  // The schema comes from our own zod definitions, so checking it against the JSON Schema meta-schema would only cost time.
  return new Ajv2020(checkOptions).compile<T>(checkSchema(schema));
}

/**
 * The same check as `compileRecordCheck`, as the source of an ES module whose `validate` export is the
 * check: compiled ahead, it is only loaded where it is needed.
 */
export function recordCheckModule(schema: z.ZodType): string {
  const ajv = new Ajv2020({ ...checkOptions, code: { source: true, esm: true } });
  return standaloneCode(ajv, ajv.compile(checkSchema(schema)));
}

/**
 * `parseJsonLine` for millions of records: a compiled JSON Schema check (no copy of the record) accepts
 * good records; a record it refuses goes through zod, whose first issue names the field. `parse` turns
 * a line into its value (`JSON.parse` unless told); `check` is the schema's check when compiled already.
 */
export function recordParser<T>(
  schema: z.ZodType<T>,
  parse?: (text: string) => unknown,
  check: RecordCheck<T> = compileRecordCheck(schema),
): (line: string, location: { file: string; record: number }) => T {
  return (line, location) => {
    const value = parseJson(line, location, parse);
    return check(value) ? value : checkRecord(value, schema, location);
  };
}

/** The property whose distinct `const` tells apart every branch of a `oneOf` (zod's discriminated unions), if there is one. */
function discriminatorOf(branches: unknown[]): string | undefined {
  const objects = branches.map((b) => (typeof b === "object" && b !== null ? (b as { properties?: Record<string, { const?: unknown }>; required?: string[] }) : {}));
  const first = objects[0];
  for (const name of first?.required ?? []) {
    const tags = objects.map((b) => (b.required?.includes(name) ? b.properties?.[name]?.const : undefined));
    if (tags.every((tag) => typeof tag === "string") && new Set(tags).size === tags.length) return name;
  }
  return undefined;
}

/**
 * The schema with ajv's `discriminator` on each `oneOf` whose branches a required `const` property
 * tells apart: a message is then checked against its own branch only, not against every branch, and
 * what is accepted stays the same (no two branches can both match).
 */
function withDiscriminators<S>(schema: S): S {
  if (Array.isArray(schema)) return schema.map(withDiscriminators) as S;
  if (typeof schema !== "object" || schema === null) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, withDiscriminators(value)]));
  const propertyName = Array.isArray(copy.oneOf) && copy.oneOf.length > 1 ? discriminatorOf(copy.oneOf) : undefined;
  return (propertyName ? { ...copy, discriminator: { propertyName } } : copy) as S;
}
