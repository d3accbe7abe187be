import { InvalidInput } from "../errors";

/** Where a record sits: enough to name it in a message. */
export interface RecordAt {
  file: string;
  record: number;
}

/** Appends path segments: names as `.name`, indices as `[3]` (e.g. `api_list[3].required_parameters`). */
export function joinPath(base: string, ...parts: ReadonlyArray<string | number>): string {
  let path = base;
  for (const part of parts) {
    if (typeof part === "number") path += `[${part}]`;
    else path = path === "" ? part : `${path}.${part}`;
  }
  return path;
}

/** Throws the one error type of the importer; `field` is omitted when the whole record is at fault. */
export function reject(at: RecordAt, field: string, reason: string): never {
  throw new InvalidInput(reason, { file: at.file, record: at.record, ...(field === "" ? {} : { field }) });
}

export function rejectFile(file: string, reason: string): never {
  throw new InvalidInput(reason, { file });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short, human description of a JSON value for messages: `the number 5`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `the boolean ${value}`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}
