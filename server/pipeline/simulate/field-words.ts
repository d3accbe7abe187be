/** `fileName`, `file_name`, `File-Name` → ["file", "name"]: one vocabulary whatever the catalog's naming style. */
export function fieldWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/** The key under which values of a field are remembered: `fileName` and `file_name` are the same field. */
export const fieldKey = (name: string): string => fieldWords(name).join("_");

const INVARIANT = new Set(["status", "address", "class", "access", "business", "news", "series", "species", "alias", "bus", "canvas", "campus"]);

/** What one item of a list field is called: `matches` → `match`, `cities` → `city`, `user_list` → `user`. */
export function singular(name: string): string {
  const words = fieldWords(name);
  if (words.length > 1 && ["list", "array", "set", "items"].includes(words.at(-1) ?? "")) words.pop();
  const last = words.pop() ?? "item";
  const one = INVARIANT.has(last)
    ? last
    : last.endsWith("ies") && last.length > 4
      ? `${last.slice(0, -3)}y`
      : /(ches|shes|sses|xes)$/.test(last)
        ? last.slice(0, -2)
        : last.endsWith("s") && !last.endsWith("ss") && last.length > 3
          ? last.slice(0, -1)
          : last;
  return [...words, one].join("_");
}

/** True when the field names an identifier: `id`, `user_id`, `tweetId`, `uuid`. */
export function isIdField(name: string): boolean {
  const last = fieldWords(name).at(-1);
  return last === "id" || last === "uuid" || last === "guid";
}
