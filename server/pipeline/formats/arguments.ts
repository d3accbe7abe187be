import { InvalidInput, type InputLocation } from "../errors";

/** A tool call's `arguments` JSON string as an object; a failure names the call (and, for imports, the record and field). */
export function parseArguments(json: string, where: string, location: InputLocation = {}): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InvalidInput(`${where}: arguments are not JSON (${(error as Error).message})`, location);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidInput(`${where}: arguments are not a JSON object`, location);
  }
  return value as Record<string, unknown>;
}
