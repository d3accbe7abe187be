import { lineAndColumn } from "../catalog/json-scan";

/** "column 17" for a one-line text, "line 2, column 5" otherwise: what a person needs to find the spot. */
export function describePosition(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return text.includes("\n") ? `line ${line}, column ${column}` : `column ${column}`;
}

/** A short quoted excerpt of an answer for error messages (answers can be pages long). */
export function excerpt(text: string, limit = 120): string {
  return JSON.stringify(text.length > limit ? `${text.slice(0, limit)}…` : text);
}
