/**
 * Enumerations that descriptions spell out in words. Only lists that are complete and single-valued are
 * taken: a wrong `enum` would reject valid arguments later, a missing one costs nothing.
 */

/** BFCL multi-turn writes `[Enum]: ["pressed", "released"]`. */
const ENUM_TAG = /\[enum\]\s*:\s*(\[[^\]]*\])/i;

const TRIGGER =
  /\b(?:(?:possible|allowed|valid|accepted|supported|available) (?:values|options)(?:\s+(?:are|is|include))?\s*[:：]?|one of(?: the following)?(?: values| options)?\s*[:：]|options\s*[:：])/gi;

/** Words that say the list is only an example, or that several values may be combined. */
const NOT_EXHAUSTIVE = /comma|multiple|\betc\b|e\.g\.|such as|for example|separated|and more|among others/i;

const TOKEN = /^[\w.+\-/]+$/;

function unwrapToken(raw: string): string {
  return raw.trim().replace(/^[`'"*]+|[`'"*]+$/g, "");
}

function tokens(parts: string[]): string[] | undefined {
  const values = parts.map(unwrapToken);
  if (values.length < 2 || !values.every((value) => TOKEN.test(value))) return undefined;
  return new Set(values).size === values.length ? values : undefined;
}

/** `a, b and c`, `a|b`, `` `a` or `b` `` up to the end of the sentence. */
function inlineList(clause: string): string[] | undefined {
  const sentence = (clause.split(/\n|\.(?:\s|$)/)[0] ?? "").trim().replace(/^\*\*(.*)\*\*$/, "$1");
  if (/^[\w.\-]+(\|[\w.\-]+)+$/.test(sentence)) return tokens(sentence.split("|"));
  return tokens(sentence.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/));
}

/** A list on the following lines, one value a line, optionally bulleted, ending at a blank line. */
function lineList(clause: string): string[] | undefined {
  if (!/^[ \t]*\n/.test(clause)) return undefined;
  const lines = clause.replace(/^[ \t]*\n(\s*\n)*/, "").split("\n");
  const items: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") break;
    items.push(line.replace(/^\s*[-*•]\s*/, ""));
  }
  return tokens(items);
}

function fromTag(description: string): string[] | undefined {
  const match = ENUM_TAG.exec(description);
  if (match?.[1] === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(match[1]);
    if (!Array.isArray(parsed) || parsed.length === 0) return undefined;
    const values = parsed.filter((value): value is string => typeof value === "string");
    return values.length === parsed.length ? values : undefined;
  } catch {
    return undefined;
  }
}

/** The values a string parameter's description lists, when it lists them unambiguously. */
export function enumFromDescription(description: string, defaultValue?: unknown): string[] | undefined {
  const tagged = fromTag(description);
  let values = tagged;
  if (values === undefined) {
    if (NOT_EXHAUSTIVE.test(description)) return undefined;
    const found: string[][] = [];
    for (const match of description.matchAll(TRIGGER)) {
      const clause = description.slice((match.index ?? 0) + match[0].length);
      const list = lineList(clause) ?? inlineList(clause);
      if (list !== undefined) found.push(list);
    }
    // Two different lists in one description: which one is meant is not clear.
    if (found.length !== 1) return undefined;
    values = found[0];
  }
  if (values === undefined) return undefined;
  if (defaultValue !== undefined && !values.includes(String(defaultValue))) return undefined;
  return values;
}
