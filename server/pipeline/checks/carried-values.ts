import type { FunctionCall } from "../schemas/chat";
import type { TurnRecord } from "../teacher";
import { leaves, occursIn, type Leaf } from "./value-search";
import { callLabel, quote, verdict, type CheckVerdict } from "./verdict";

/** A value the reference should have taken from what an earlier call returned. */
export interface CarriedExpectation {
  /** Index of the call in the list checked. */
  call: number;
  /** The parameter, dotted for nested ones (`updates.status`). */
  parameter: string;
  from: "previous outputs";
}

/** An argument value found in an earlier output: the provenance of a carried value. */
export interface CarriedValue {
  /** Path of the value in the arguments (`file_name`, `stocks[1]`). */
  parameter: string;
  value: string | number;
  /** Where it was found, the latest occurrence: turn index, output index in that turn, path in the output. */
  turn: number;
  output: number;
  field: string;
}

interface Found extends Leaf {
  turn: number;
  output: number;
}

function outputLeaves(history: readonly TurnRecord[]): Found[] {
  return history.flatMap((turn, turnIndex) =>
    turn.outputs.flatMap((output, outputIndex) => leaves(output, "").map((leaf) => ({ ...leaf, turn: turnIndex, output: outputIndex }))),
  );
}

/** The latest earlier output holding `value`. */
const latestOccurrence = (value: string | number, found: readonly Found[]): Found | undefined => found.findLast((leaf) => occursIn(value, leaf.value));

/** Which argument values already occur in earlier outputs, and where (latest occurrence). */
export function findCarriedValues(args: Readonly<Record<string, unknown>>, history: readonly TurnRecord[]): CarriedValue[] {
  const found = outputLeaves(history);
  return leaves(args, "").flatMap((leaf) => {
    const at = latestOccurrence(leaf.value, found);
    return at === undefined ? [] : [{ parameter: leaf.path, value: leaf.value, turn: at.turn, output: at.output, field: at.path }];
  });
}

function valueAt(args: Readonly<Record<string, unknown>>, parameter: string): unknown {
  return parameter.split(".").reduce<unknown>((value, key) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined), args);
}

/** Every expected carried value (each string / number inside it) really occurs in an earlier output. */
export function carriedValuesCheck(calls: readonly FunctionCall[], history: readonly TurnRecord[], expectations: readonly CarriedExpectation[]): CheckVerdict {
  const found = outputLeaves(history);
  const problems = expectations.flatMap((expectation) => {
    const call = calls[expectation.call];
    if (call === undefined) return [`calls[${expectation.call}]: no such call`];
    const label = `${callLabel(expectation.call, call.name)}.${expectation.parameter}`;
    const value = valueAt(call.arguments, expectation.parameter);
    if (value === undefined) return [`${label}: absent, expected a value from ${expectation.from}`];
    const parts = leaves(value, "");
    if (parts.length === 0) return [`${label}: ${quote(value)} carries no value from ${expectation.from}`];
    return parts.filter((part) => latestOccurrence(part.value, found) === undefined).map((part) => `${label}${part.path === "" ? "" : part.path.startsWith("[") ? part.path : `.${part.path}`}: ${quote(part.value)} does not appear in ${expectation.from}`);
  });
  return verdict(problems);
}
