/** Checks on every reference (DESIGN.md 1.5 and 1.6): each returns `{passed, problems}`. */
export { schemaCheck, outputSchemaCheck } from "./schema-check";
export { validateValue } from "./validator";
export { unknownNamesCheck } from "./unknown-names-check";
export { carriedValuesCheck, findCarriedValues, type CarriedExpectation, type CarriedValue } from "./carried-values";
export { failureTextCheck } from "./failure-text-check";
export { roundTripCheck } from "./round-trip-check";
export { runChecks, checkNames, type CheckName, type CheckInput, type CheckResults } from "./run-checks";
export type { CheckVerdict } from "./verdict";
