import path from "node:path";

/**
 * `root` joined with names that come from outside (a request, a stored row, an upload), or
 * undefined when the result would not be strictly inside `root`: `..` segments, absolute paths,
 * either separator, NUL bytes. Callers treat undefined as "not found" / "refused".
 */
export function containedPath(root: string, ...names: string[]): string | undefined {
  if (names.length === 0 || names.some((name) => name === "" || name.includes("\0"))) return undefined;
  const base = path.resolve(root);
  const joined = path.resolve(base, ...names);
  const relative = path.relative(base, joined);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  // Backslashes are separators on Windows only: refused everywhere so a name means the same file on every system.
  if (names.some((name) => name.includes("\\"))) return undefined;
  return joined;
}
