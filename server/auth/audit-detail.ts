/** Fields whose values never reach the audit log, whatever procedure carries them. */
const SECRET_FIELDS = /^(api_?key|password|secret|token|authorization)$/i;
const MAX_STRING = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;

/**
 * A procedure's input as the audit log keeps it: secrets replaced, long strings (uploaded files) and
 * long lists cut, so that the log says what was done without becoming a second copy of the data.
 */
export function auditDetail(input: unknown, depth = 0): unknown {
  if (typeof input === "string") return input.length > MAX_STRING ? `${input.slice(0, MAX_STRING)}… (${input.length} characters)` : input;
  if (input === null || typeof input !== "object") return input;
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(input)) {
    const kept = input.slice(0, MAX_ITEMS).map((item) => auditDetail(item, depth + 1));
    return input.length > MAX_ITEMS ? [...kept, `… (${input.length} items)`] : kept;
  }
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key, SECRET_FIELDS.test(key) ? "[redacted]" : auditDetail(value, depth + 1)]),
  );
}
