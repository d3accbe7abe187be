/** Word-level helpers shared by the query writer, the argument planner and the judges. */

/** Abbreviations in parameter names, spelled out the way a person says them. */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ["dir", "directory"],
  ["num", "number"],
  ["qty", "quantity"],
  ["desc", "description"],
  ["addr", "address"],
  ["msg", "message"],
  ["img", "image"],
  ["src", "source"],
  ["dest", "destination"],
  ["xact", "transaction"],
  ["tz", "time zone"],
  ["lang", "language"],
  ["id", "ID"],
  ["ids", "IDs"],
  ["url", "URL"],
  ["uri", "URI"],
  ["api", "API"],
]);

/** Names and phrases repeat across tasks; each is split once. Cleared when large, so memory stays bounded. */
const wordsMemo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 50_000;

/**
 * Lower-case words of an identifier: snake_case, kebab-case, camelCase and digit runs split apart
 * (`file_name1` → file name 1, `cityA` → city a, `getHTTPStatus` → get http status).
 */
export function identifierWords(identifier: string): string[] {
  let words = wordsMemo.get(identifier);
  if (words === undefined) {
    if (wordsMemo.size >= MEMO_LIMIT) wordsMemo.clear();
    words = identifier
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .replace(/([A-Za-z])([0-9])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 0);
    wordsMemo.set(identifier, words);
  }
  return [...words];
}

/** Singular by the plural rules identifiers use; enough to tell `stocks` and `stock_list` apart from noise. */
function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:x|ch|sh|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Singular words of an identifier, for matching a parameter against output fields. */
export function identifierTokens(identifier: string): string[] {
  return identifierWords(identifier).map(singular);
}

/** How a parameter or field is said in a sentence: `file_name` → "file name", `user_id` → "user ID". */
export function spokenName(identifier: string): string {
  return identifierWords(identifier)
    .map((word) => SPELLED_OUT.get(word) ?? word)
    .join(" ");
}

export const capitalize = (text: string): string => (text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1));

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9_]/.test(char);

/**
 * Whether `text` names a function: its exact name as a whole word, case-insensitively. `add` is named
 * by "add 3 and 4" but not by "address"; `get_user_id` only by that joined spelling.
 */
export function namesFunction(text: string, name: string): boolean {
  const haystack = text.toLowerCase();
  const needle = name.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return true;
  }
  return false;
}

/**
 * Plain words that are also function names (`sort`, `comment`, `mention`…) and what to say instead, so
 * a query can ask for the action without naming the function.
 */
const INSTEAD: ReadonlyMap<string, string> = new Map([
  ["add", "sum up"],
  ["comment", "reply"],
  ["mention", "tag"],
  ["retweet", "repost"],
  ["sort", "order"],
  ["find", "look for"],
  ["search", "look up"],
  ["echo", "write"],
  ["touch", "create"],
  ["mean", "average"],
  ["power", "exponent"],
  ["logarithm", "log"],
  ["percentage", "percent"],
  ["subtract", "take away"],
  ["multiply", "work out the product of"],
  ["divide", "split"],
  ["list", "show"],
  ["show", "display"],
  ["display", "show"],
  ["get", "fetch"],
  ["fetch", "get"],
  ["send", "deliver"],
  ["delete", "remove"],
  ["remove", "delete"],
  ["copy", "duplicate"],
  ["move", "relocate"],
  ["login", "sign in"],
  ["logout", "sign out"],
  ["follow", "start following"],
  ["tail", "end"],
  ["diff", "comparison"],
]);

/** Rewrites that read better than a word swap ("comment on a tweet" → "reply to a tweet"). */
const REPHRASE: ReadonlyMap<string, readonly [RegExp, string]> = new Map([
  ["comment", [/\bcomment on\b/gi, "reply to"]],
  ["divide", [/\bdivide (.+?) by\b/gi, "work out $1 divided by"]],
  ["subtract", [/\bsubtract (.+?) from\b/gi, "take $1 away from"]],
]);

/**
 * What to say instead of a banned name: a known substitute for a plain word ("sort" → "order"), the
 * words of an identifier ("user_medias" → "user medias"), or nothing.
 */
function insteadOf(name: string): string {
  const lower = name.toLowerCase();
  if (/^[a-z]+$/.test(lower)) return INSTEAD.get(lower) ?? "";
  const words = identifierWords(name).join(" ");
  return words === lower ? "" : words;
}

/**
 * Rewrites every whole-word occurrence of a banned name in prose (never in values: callers pass only
 * the wording around them). Names that cannot occur as a word (`get-weather`, `a.b`) are left alone.
 */
export function avoidNames(prose: string, banned: readonly string[]): string {
  let text = prose;
  for (const name of banned) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || !namesFunction(text, name)) continue;
    const rephrase = REPHRASE.get(name.toLowerCase());
    if (rephrase !== undefined) text = text.replace(rephrase[0], rephrase[1]);
    const instead = insteadOf(name);
    text = text.replace(new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`, "gi"), (match) =>
      /^[A-Z]/.test(match) ? capitalize(instead) : instead,
    );
    text = text
      .replace(/ {2,}/g, " ")
      .replace(/ ([,.?!])/g, "$1")
      .replace(/\b([Aa]) (?=[aeio])/g, "$1n ")
      .replace(/\b([Aa])n (?=[b-df-hj-np-tv-z])/g, "$1 ");
  }
  return text;
}

/** The plural of a noun phrase's last word: "door" → "doors", "currency" → "currencies". */
export function plural(noun: string): string {
  if (/(?:s|x|ch|sh)$/.test(noun)) return noun.endsWith("s") ? noun : `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
