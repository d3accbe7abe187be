import { quote, verdict, type CheckVerdict } from "./verdict";

/** `errorMessage`, `error_message` → `errormessage`. */
const normalizeKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Fields whose very presence (non-empty) says the call failed. */
const isErrorKey = (key: string): boolean => /^error|(error|errors|failure|failures|exception|fault)$/.test(key) || key === "err";
/** Fields that describe how the call went, where failure words mean failure. */
const MESSAGE_KEYS = new Set(["message", "msg", "detail", "details", "status", "statusmessage", "statustext", "reason", "result", "response", "info"]);
const STATUS_CODE_KEYS = new Set(["status", "statuscode", "httpstatus", "code", "httpcode"]);

/** Failure text the design names: a trajectory ending in these is filtered wherever they appear. */
const ALWAYS = /bad request|does not match/i;
const FAILURE_WORDS = /\b(error|errors|not found|invalid|failed|failure|unauthori[sz]ed|forbidden|denied|no such|cannot|exception)\b/i;
const HTTP_REASONS =
  "bad request|unauthorized|payment required|forbidden|not found|method not allowed|not acceptable|request timeout|conflict|gone|unprocessable (?:entity|content)|too many requests|internal server error|not implemented|bad gateway|service unavailable|gateway timeout";
const HTTP_TEXT = new RegExp(`\\b[45]\\d\\d\\b[\\s:-]*(?:${HTTP_REASONS})|\\b(?:internal server error|service unavailable|bad gateway|gateway timeout|too many requests)\\b`, "i");
/** A whole output that is plain text counts as failed when it opens like an error report. */
const FAILURE_OPENING = /^\s*(error|failed|failure|invalid|exception|traceback)\b/i;

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === false || value === 0 || value === "" || (Array.isArray(value) && value.length === 0) || (typeof value === "object" && value !== null && Object.keys(value).length === 0);

function failureInText(text: string, inMessage: boolean): string | undefined {
  const match = ALWAYS.exec(text) ?? HTTP_TEXT.exec(text) ?? (inMessage ? FAILURE_WORDS.exec(text) : null);
  return match?.[0];
}

function scan(value: unknown, path: string, key: string | undefined, problems: string[]): void {
  if (typeof value === "string") {
    const inMessage = key !== undefined && MESSAGE_KEYS.has(key);
    const failure = key === undefined ? (FAILURE_OPENING.exec(value)?.[0] ?? failureInText(value, false)) : failureInText(value, inMessage);
    if (failure !== undefined) problems.push(`${path}: ${quote(value, 120)} (failure text "${failure}")`);
    return;
  }
  if (typeof value === "number") {
    if (key !== undefined && STATUS_CODE_KEYS.has(key) && Number.isInteger(value) && value >= 400 && value <= 599) problems.push(`${path}: HTTP status ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => scan(item, `${path}[${index}]`, key, problems));
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [name, member] of Object.entries(value)) {
    const normalized = normalizeKey(name);
    if (isErrorKey(normalized) && !isEmpty(member)) problems.push(`${path}.${name}: ${quote(member, 120)}`);
    else scan(member, `${path}.${name}`, normalized, problems);
  }
}

/**
 * Outputs that report a failure (DESIGN.md 1.6): a non-empty `error` (or `*_error`, `*_failure`) field,
 * failure words ("not found", "invalid", "error"…) in a message / status / result field, HTTP 4xx / 5xx
 * texts or codes, and "Bad request" / "does not match" anywhere.
 */
export function failureTextCheck(outputs: readonly unknown[]): CheckVerdict {
  const problems: string[] = [];
  outputs.forEach((output, index) => scan(output, `outputs[${index}]`, undefined, problems));
  return verdict(problems);
}
