import type { ToolSchema } from "../schemas/chat";
import { sameJson } from "./same-json";

/** Distinct functions remembered per cache: an export's records share a catalog of a few hundred. */
const MAX_ENTRIES = 4096;

/**
 * `convert` of a tool's function, remembered: every record repeats the functions of its catalog, and
 * converting or serializing a schema costs far more than recognizing one already seen (by name, then
 * by equal JSON). Beyond `MAX_ENTRIES` distinct functions, new ones are converted without being kept.
 */
export function perFunction<T>(convert: (fn: ToolSchema["function"]) => T): (fn: ToolSchema["function"]) => T {
  const byName = new Map<string, { fn: ToolSchema["function"]; value: T }[]>();
  let entries = 0;
  return (fn) => {
    const seen = byName.get(fn.name);
    if (seen) for (const entry of seen) if (sameJson(entry.fn, fn)) return entry.value;
    const value = convert(fn);
    if (entries < MAX_ENTRIES) {
      entries++;
      if (seen) seen.push({ fn, value });
      else byName.set(fn.name, [{ fn, value }]);
    }
    return value;
  };
}
