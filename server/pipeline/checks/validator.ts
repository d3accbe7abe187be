import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { canonicalJson } from "../catalog/canonical-json";
import type { JsonSchema } from "../schemas/json-schema";
import { toDraft2020 } from "./draft-2020";

/** Draft 2020-12, every error at once, tolerant of catalog keywords ajv does not know. */
const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
addFormats(ajv);

const MAX_CACHED = 5000;
const cache = new Map<string, ValidateFunction>();
/** Schemas are never mutated once parsed, so the same object needs no hashing on later checks. */
const bySchema = new WeakMap<JsonSchema, ValidateFunction>();

/** Compiled once per (owner, schema content): an edited function under the same id compiles again. */
function compiled(owner: string, schema: JsonSchema): ValidateFunction {
  const known = bySchema.get(schema);
  if (known !== undefined) return known;
  const key = `${owner}\n${canonicalJson(schema)}`;
  let validate = cache.get(key);
  if (validate === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    validate = ajv.compile(toDraft2020(schema));
    cache.set(key, validate);
  }
  bySchema.set(schema, validate);
  return validate;
}

/** `/items/0/name` under `arguments` → `arguments.items[0].name`. */
function pathOf(root: string, pointer: string): string {
  if (pointer === "") return root;
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`), root);
}

function describeError(root: string, error: ErrorObject): string {
  const at = pathOf(root, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `${at}.${String(params.missingProperty)}: is required`;
    case "additionalProperties":
      return `${at}.${String(params.additionalProperty)}: is not allowed (no such property)`;
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map((value) => JSON.stringify(value)).join(", ") : "";
      return `${at}: must be one of ${allowed}`;
    }
    default:
      return `${at}: ${error.message ?? error.keyword}`;
  }
}

/**
 * Problems of `value` against `schema`, each naming the path under `root` and the rule broken
 * (`arguments.date: must match format "date"`). A schema ajv cannot compile is itself the problem.
 */
export function validateValue(schema: JsonSchema, value: unknown, root: string, owner = ""): string[] {
  let validate: ValidateFunction;
  try {
    validate = compiled(owner, schema);
  } catch (error) {
    return [`${root}: the schema cannot be compiled (${error instanceof Error ? error.message : String(error)})`];
  }
  if (validate(value)) return [];
  // `anyOf` / `oneOf` report every branch's errors, then their own summary line: keep them all, once.
  return [...new Set((validate.errors ?? []).map((error) => describeError(root, error)))];
}
