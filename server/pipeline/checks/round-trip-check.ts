import type { FunctionCall } from "../schemas/chat";
import { quote, verdict, type CheckVerdict } from "./verdict";

const typeName = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Where two values differ, path by path; key order never matters, types always do (5 is not "5"). */
function differences(reference: unknown, rederived: unknown, path: string): string[] {
  if (isRecord(reference) && isRecord(rederived)) {
    const keys = [...new Set([...Object.keys(reference), ...Object.keys(rederived)])].sort();
    return keys.flatMap((key) => {
      const at = `${path}.${key}`;
      if (rederived[key] === undefined) return reference[key] === undefined ? [] : [`${at}: missing in the re-derived call (reference ${quote(reference[key])})`];
      if (reference[key] === undefined) return [`${at}: not in the reference (re-derived ${quote(rederived[key])})`];
      return differences(reference[key], rederived[key], at);
    });
  }
  if (Array.isArray(reference) && Array.isArray(rederived)) {
    if (reference.length !== rederived.length) return [`${path}: ${quote(reference)} vs ${quote(rederived)} (${reference.length} vs ${rederived.length} items)`];
    return reference.flatMap((item, index) => differences(item, rederived[index], `${path}[${index}]`));
  }
  if (Object.is(reference, rederived) || reference === rederived) return [];
  const types = typeName(reference) === typeName(rederived) ? "" : ` (${typeName(reference)} vs ${typeName(rederived)})`;
  return [`${path}: ${quote(reference)} vs ${quote(rederived)}${types}`];
}

/**
 * The reference calls against the calls the teacher re-derived from the query (DESIGN.md 1.5). Calls
 * are paired by name, in order, an exact match first (parallel calls may come in any order); argument
 * differences name the call and the parameter.
 */
export function roundTripCheck(reference: readonly FunctionCall[], rederived: readonly FunctionCall[]): CheckVerdict {
  const problems: string[] = [];
  if (reference.length !== rederived.length) problems.push(`reference has ${reference.length} call(s), the re-derived answer ${rederived.length}`);
  const unused = new Set(rederived.keys());
  const pairs: Array<[FunctionCall, FunctionCall | undefined]> = [];
  for (const call of reference) {
    const sameName = [...unused].filter((index) => rederived[index]?.name === call.name);
    const exact = sameName.find((index) => differences(call.arguments, rederived[index]?.arguments, call.name).length === 0);
    const chosen = exact ?? sameName[0];
    if (chosen !== undefined) unused.delete(chosen);
    pairs.push([call, chosen === undefined ? undefined : rederived[chosen]]);
  }
  for (const [call, match] of pairs) {
    if (match === undefined) problems.push(`${call.name}: not re-derived from the query`);
    else problems.push(...differences(call.arguments, match.arguments, call.name));
  }
  for (const index of unused) problems.push(`${rederived[index]?.name ?? "?"}: re-derived but not in the reference`);
  return verdict(problems);
}
