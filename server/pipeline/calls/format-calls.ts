import type { FunctionCall } from "../schemas/chat";

export type CallStyle = "json" | "python";

function formatValue(value: unknown, style: CallStyle): string {
  if (value === null || value === undefined) return style === "python" ? "None" : "null";
  if (typeof value === "boolean") return style === "python" ? (value ? "True" : "False") : String(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(item, style)).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${formatValue(item, style)}`);
    return `{${entries.join(", ")}}`;
  }
  return JSON.stringify(String(value));
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One call as `name(a=1, b="x")`; `python` style writes True / False / None as BFCL's answers do.
 * A parameter name that is not an identifier (`page size`, `2fa`) is written quoted, `"page size"=1`,
 * so that parseCalls reads every call back exactly.
 */
export function formatCall(call: FunctionCall, style: CallStyle = "json"): string {
  const args = Object.entries(call.arguments).map(([key, value]) => {
    const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
    return `${name}=${formatValue(value, style)}`;
  });
  return `${call.name}(${args.join(", ")})`;
}

/** A call list in the teachers' action grammar: `[f(a=1, b="x"), g(c=[1, 2])]`. */
export function formatCalls(calls: readonly FunctionCall[], style: CallStyle = "json"): string {
  return `[${calls.map((call) => formatCall(call, style)).join(", ")}]`;
}
