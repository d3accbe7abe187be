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

const MAX_FIELD_LENGTH = 160;

/**
 * A field path a person can read: a schema nested a hundred levels deep, or a property named with a
 * whole paragraph, keeps its start (where in the record) and its end (the member at fault).
 */
export function readableField(field: string): string {
  if (field.length <= MAX_FIELD_LENGTH) return field;
  return `${field.slice(0, 90)}…${field.slice(-60)}`;
}

/** Throws the one error type of the importer; `field` is omitted when the whole record is at fault. */
export function reject(at: RecordAt, field: string, reason: string): never {
  throw new InvalidInput(reason, { file: at.file, record: at.record, ...(field === "" ? {} : { field: readableField(field) }) });
}

export function rejectFile(file: string, reason: string): never {
  throw new InvalidInput(reason, { file });
}

/**
 * A member name that plain objects cannot hold: assigning `__proto__` replaces the object's prototype,
 * so the member would vanish (or smuggle unchecked members in). Catalogs never mean it.
 */
export function rejectProtoName(at: RecordAt, field: string, name: string, what: string): void {
  if (name === "__proto__") reject(at, field, `"__proto__" cannot be used as ${what}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path` (array indexes and member names) inside `root`, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isRecord(current) && typeof key === "string") current = current[key];
    else return undefined;
  }
  return current;
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
