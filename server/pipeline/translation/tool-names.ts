import type { ToolSchema } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

function sanitize(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_.-]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const safe = /^[A-Za-z_]/.test(cleaned) ? cleaned : `f_${cleaned}`;
  return safe.slice(0, 64) || "function";
}

/**
 * Names the model calls. Source names stay as they are where OpenAI's tool-name rules allow; a name
 * with spaces or symbols (ToolBench's "Love Quote") gets a sanitized one, made unique within the set.
 */
export function toolNames(functions: readonly FunctionSpec[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const spec of functions) {
    if (names.has(spec.id)) continue;
    const base = VALID_NAME.test(spec.name) ? spec.name : sanitize(spec.name);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 60)}_${n}`;
    taken.add(name);
    names.set(spec.id, name);
  }
  return names;
}

/** The spec under the name the model sees, so prompts, calls and checks all use one name. */
export function asCallable(spec: FunctionSpec, name: string): FunctionSpec {
  return name === spec.name ? spec : { ...spec, name };
}

export function toolSchema(spec: FunctionSpec): ToolSchema {
  return { type: "function", function: { name: spec.name, description: spec.description, parameters: spec.parameters } };
}
