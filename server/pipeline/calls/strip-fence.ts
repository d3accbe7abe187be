/** A whole answer wrapped in a code fence (```python … ```, ```json … ```, ``` … ```) or in single backticks. */
const FENCED = /^```(?:[\w+-]*[^\S\n]*\n)?([\s\S]*?)\s*```$/;
const TICKED = /^`([^`]*)`$/;

/** The answer without surrounding whitespace and without a code fence around all of it. */
export function stripFence(text: string): string {
  const trimmed = text.trim();
  const inner = FENCED.exec(trimmed)?.[1] ?? TICKED.exec(trimmed)?.[1];
  return inner === undefined ? trimmed : inner.trim();
}
