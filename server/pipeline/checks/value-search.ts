/** A primitive inside a JSON value and where it sits (`results[0].path`). */
export interface Leaf {
  path: string;
  value: string | number;
}

/** Every string and number inside a value, with its path under `root`; booleans and nulls carry nothing. */
export function leaves(value: unknown, root: string): Leaf[] {
  if (typeof value === "string") return value.trim() === "" ? [] : [{ path: root, value }];
  if (typeof value === "number") return Number.isFinite(value) ? [{ path: root, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${root}[${index}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, member]) => leaves(member, root === "" ? key : `${root}.${key}`));
  }
  return [];
}

/** Shorter texts inside longer ones are coincidences too often ("a", "12") to count as carried. */
const MIN_CONTAINED_LENGTH = 3;

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** `needle` inside `text` as a whole token: `notes.txt` in `./docs/notes.txt`, not `note` in `notes`. */
function containsToken(text: string, needle: string): boolean {
  if (needle.length < MIN_CONTAINED_LENGTH) return false;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) return true;
  }
  return false;
}

/**
 * Whether an argument value is found in an output value: equal (a number and its decimal text count as
 * equal, since outputs often print numbers), or a whole token inside a longer output text.
 */
export function occursIn(value: string | number, found: string | number): boolean {
  const text = typeof value === "number" ? String(value) : value.trim();
  if (text === "") return false;
  if (typeof found === "number") return typeof value === "number" ? value === found : text === String(found);
  return found === text || containsToken(found, text);
}
