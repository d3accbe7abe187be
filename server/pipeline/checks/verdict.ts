import type { CheckVerdict } from "../schemas/trajectory";

export type { CheckVerdict };

/** Passed exactly when nothing was found; duplicate lines are reported once. */
export const verdict = (problems: readonly string[]): CheckVerdict => ({ passed: problems.length === 0, problems: [...new Set(problems)] });

/** A value as problems quote it: JSON, cut short. */
export function quote(value: unknown, max = 80): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How problems name a call of a list: `calls[1] cd`. */
export const callLabel = (index: number, name: string): string => `calls[${index}] ${name}`;
