import { expect } from "vitest";
import { parseAnswer } from "../../pipeline/prompts";
import type { TaskOf } from "../../pipeline/prompts/template";
import { createRandom } from "../../pipeline/random";
import type { FunctionCall } from "../../pipeline/schemas/chat";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import type { Turn } from "../../pipeline/schemas/path";
import { simulateOutput } from "../../pipeline/simulate";
import type { TurnRecord } from "../../pipeline/teacher";
import { answerText } from "./offline-teacher";

/** Tests only: helpers over the real BFCL catalogs and the teacher's own answers. */

export { bfclFunctions } from "../../../test/bfcl-functions";
export { bfclFunction as bfcl } from "../../../test/bfcl-functions";

export function queryOf(task: TaskOf<"back_translate">): string {
  const parsed = parseAnswer("back_translate", answerText({ ...task, role: "back_translate" }));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.query;
}

export function callsOf(query: string, functions: readonly FunctionSpec[], history: readonly TurnRecord[]): FunctionCall[] {
  const parsed = parseAnswer("forth_translate", answerText({ role: "forth_translate", query, functions, history }));
  if (!parsed.ok) throw new Error(parsed.error);
  if (parsed.value.type !== "calls") throw new Error(`forth translation answered text: ${parsed.value.text}`);
  return parsed.value.calls;
}

export const callTurn = (...functions: FunctionSpec[]): Turn => ({ kind: "call", functions: functions.map((spec) => spec.name) });

/**
 * One call turn as translate-path plays it: the query, then each function forth-translated and run in
 * turn, later ones seeing the earlier steps as a last record with the same query.
 */
export function playTurn(functions: readonly FunctionSpec[], history: readonly TurnRecord[], turn: Turn = callTurn(...functions), request?: string): TurnRecord {
  const query = request ?? queryOf({ role: "back_translate", turn, functions, history });
  const calls: FunctionCall[] = [];
  const outputs: unknown[] = [];
  for (const spec of functions) {
    const current: TurnRecord = { kind: turn.kind, query, calls: [...calls], outputs: [...outputs] };
    const context = calls.length > 0 ? [...history, current] : history;
    for (const call of callsOf(query, [spec], context)) {
      calls.push(call);
      outputs.push(simulateOutput(spec, call, { random: createRandom(`${query}|${calls.length}`), history: context }));
    }
  }
  return { kind: turn.kind, query, calls, outputs };
}

/** Every string and number inside a value. */
export function leafValues(value: unknown): (string | number)[] {
  if (typeof value === "string" || typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(leafValues);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leafValues);
  return [];
}

/** Whether a value is written in the text: a string as it is, a number as a whole token. */
export function written(value: string | number, text: string): boolean {
  if (typeof value === "string") return text.includes(value);
  return new RegExp(`(?<![\\w.])${String(value).replace(".", "\\.")}(?![\\w])`).test(text);
}

/** The values a call must have taken from the conversation: every leaf is in a query or an earlier call or output. */
export function expectValuesTraceable(calls: readonly FunctionCall[], queries: readonly string[], history: readonly TurnRecord[]): void {
  const text = queries.join("\n");
  const earlier = history.flatMap((record) => [...leafValues(record.outputs), ...leafValues(record.calls.map((call) => call.arguments))]);
  for (const call of calls) {
    for (const value of leafValues(call.arguments)) {
      expect(written(value, text) || earlier.includes(value), `${call.name}: ${JSON.stringify(value)} is neither in "${text}" nor carried`).toBe(true);
    }
  }
}
