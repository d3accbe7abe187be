import { parseValue } from "../calls/parse-calls";
import { describePosition } from "../calls/position";
import { findJsonProblem } from "../catalog/json-scan";

export type ExtractJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** A quote opens a string only where a key or value may start; an apostrophe in prose is not one. */
const VALUE_START = new Set(["{", "[", ",", ":"]);

/** Offset just after the `}` that closes the object opened at `start`; undefined when the text ends first. */
function objectEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let previous = "";
  for (let i = start; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote !== undefined) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && VALUE_START.has(previous)) quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
    if (!/\s/.test(c)) previous = c;
  }
  return undefined;
}

/** JSON first; then the Python literal form (`{'k': True}`) that models often write instead. */
function readObject(span: string): unknown {
  try {
    return JSON.parse(span);
  } catch {
    const literal = parseValue(span);
    return literal.ok ? literal.value : undefined;
  }
}

function describeProblem(text: string, start: number, span: string): string {
  const problem = findJsonProblem(span);
  if (problem === undefined) return `invalid JSON object at ${describePosition(text, start)}`;
  const where = describePosition(text, start + problem.offset);
  return `${problem.truncated ? "truncated" : "invalid"} JSON: ${problem.reason} at ${where}`;
}

/**
 * The one JSON object in an answer, which may wrap it in a code fence or in text. Each `{` that does
 * not start a readable object is skipped with its whole extent, so a broken outer object never
 * yields one of its inner objects. Two readable objects are ambiguous and refused.
 */
export function extractJsonObject(text: string): ExtractJsonResult {
  const found: unknown[] = [];
  let problem: string | undefined;
  for (let start = text.indexOf("{"); start !== -1; ) {
    const end = objectEnd(text, start);
    const span = text.slice(start, end);
    const value = readObject(span);
    if (value !== undefined) found.push(value);
    else problem ??= describeProblem(text, start, span);
    if (end === undefined) break;
    start = text.indexOf("{", end);
  }
  const [only] = found;
  if (found.length === 1) return { ok: true, value: only };
  if (found.length > 1) return { ok: false, error: `found ${found.length} JSON objects, expected one` };
  return { ok: false, error: problem ?? "no JSON object in the answer" };
}
