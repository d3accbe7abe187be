import type { JsonSchema } from "../schemas/json-schema";
import { isRecord } from "./location";

const NUMERIC = /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toNumber(value: unknown, integer: boolean): number | undefined {
  let number: number | undefined;
  if (typeof value === "number") number = value;
  else if (typeof value === "string" && NUMERIC.test(value)) {
    number = Number(value);
    // "12345345483453456434354131" would silently change value as a double: not a usable default.
    if (/^\s*-?\d+\s*$/.test(value) && !Number.isSafeInteger(number)) return undefined;
  }
  if (number === undefined || !Number.isFinite(number)) return undefined;
  return integer && !Number.isInteger(number) ? undefined : number;
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (text === "true" || text === "1") return true;
  if (text === "false" || text === "0") return false;
  return undefined;
}

/**
 * ToolBench and xLAM write every default as text ("10", "true", "" for none) whatever the type. Keeps
 * a default only when it is non-empty and can be read as the parameter's type; otherwise there is none.
 */
export function coerceDefault(value: unknown, schema: JsonSchema): unknown {
  if (isEmpty(value)) return undefined;
  const type = typeof schema.type === "string" ? schema.type : undefined;
  switch (type) {
    case "number":
      return toNumber(value, false);
    case "integer":
      return toNumber(value, true);
    case "boolean":
      return toBoolean(value);
    case "string":
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
    case "array": {
      const parsed = typeof value === "string" ? parseJsonText(value) : value;
      return Array.isArray(parsed) && parsed.length > 0 ? parsed : undefined;
    }
    case "object": {
      const parsed = typeof value === "string" ? parseJsonText(value) : value;
      return isRecord(parsed) && Object.keys(parsed).length > 0 ? parsed : undefined;
    }
    default:
      return value;
  }
}
