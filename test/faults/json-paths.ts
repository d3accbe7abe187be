/** Paths into parsed JSON, for a mutator that changes one member and must say which. */
import { isRecord, valueAt } from "../../server/pipeline/catalog/location";

export type PathKey = string | number;
export type JsonPath = readonly PathKey[];

/** The importer's spelling of a path: `api_list[3].required_parameters[0].type`. */
export function formatPath(path: JsonPath): string {
  let text = "";
  for (const key of path) text = typeof key === "number" ? `${text}[${key}]` : text === "" ? key : `${text}.${key}`;
  return text;
}

/** Every member path under `value` (not the root), down to `maxDepth` levels. */
export function memberPaths(value: unknown, maxDepth = 8, prefix: JsonPath = []): JsonPath[] {
  if (prefix.length >= maxDepth) return [];
  const entries: Array<[PathKey, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : isRecord(value) ? Object.entries(value) : [];
  return entries.flatMap(([key, member]) => {
    const path = [...prefix, key];
    return [path, ...memberPaths(member, maxDepth, path)];
  });
}


/** Sets (or, with `remove`, deletes) the member at `path` in place; the root itself is never replaced. */
export function setAt(root: unknown, path: JsonPath, value: unknown, remove = false): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === "number") {
    if (remove) parent.splice(key, 1);
    else parent[key] = value;
  } else if (isRecord(parent) && typeof key === "string") {
    if (remove) delete parent[key];
    // defineProperty, so a "__proto__" member is a member, as JSON.parse would make it.
    else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** The kind of a JSON value, to pick a replacement of another kind. */
export function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
