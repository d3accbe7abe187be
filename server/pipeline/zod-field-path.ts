/** A zod issue path as the dotted field name our messages use: `edges[0].target`. */
export const zodFieldPath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
