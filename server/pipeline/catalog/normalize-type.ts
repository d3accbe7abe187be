import type { JsonSchema } from "../schemas/json-schema";

/** A source type name read as JSON Schema; `optional` when the name itself said so ("str, optional"). */
export interface TypeMapping {
  schema: JsonSchema;
  optional: boolean;
}

const TIME_HH_MM = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

/**
 * Type names seen in BFCL (dict, float, tuple, any), ToolBench (STRING, NUMBER, ENUM, "DATE (YYYY-MM-DD)",
 * BINARY), xLAM / Python (str, int, List, Dict, NoneType) and JSON Schema itself, keyed lower-case.
 */
const SIMPLE_TYPES: Readonly<Record<string, JsonSchema>> = {
  string: { type: "string" },
  str: { type: "string" },
  text: { type: "string" },
  enum: { type: "string" },
  integer: { type: "integer" },
  int: { type: "integer" },
  long: { type: "integer" },
  number: { type: "number" },
  float: { type: "number" },
  double: { type: "number" },
  decimal: { type: "number" },
  boolean: { type: "boolean" },
  bool: { type: "boolean" },
  object: { type: "object" },
  dict: { type: "object" },
  mapping: { type: "object" },
  array: { type: "array" },
  list: { type: "array" },
  tuple: { type: "array" },
  set: { type: "array" },
  sequence: { type: "array" },
  iterable: { type: "array" },
  null: { type: "null" },
  none: { type: "null" },
  nonetype: { type: "null" },
  // No JSON type fits these: the value is unconstrained.
  any: {},
  callable: {},
  date: { type: "string", format: "date" },
  "date (yyyy-mm-dd)": { type: "string", format: "date" },
  datetime: { type: "string", format: "date-time" },
  // JSON Schema's `time` format needs seconds and an offset; ToolBench means plain HH:MM.
  "time (24-hour hh:mm)": { type: "string", pattern: TIME_HH_MM },
  // RapidAPI BINARY parameters are file uploads.
  binary: { type: "string", contentEncoding: "base64" },
};

/** Own entries only: "constructor" or "__proto__" must not find Object.prototype's members. */
function simpleType(name: string): JsonSchema | undefined {
  return Object.hasOwn(SIMPLE_TYPES, name) ? SIMPLE_TYPES[name] : undefined;
}

type Token = { kind: "name" | "literal"; text: string; value?: unknown } | { kind: "punct"; text: "[" | "]" | "," };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(?:([A-Za-z_][\w.]*|\.\.\.)|(["'])((?:(?!\2).)*)\2|(-?\d+(?:\.\d+)?)|([[\],]))/y;
  let pos = 0;
  while (pos < text.length) {
    pattern.lastIndex = pos;
    const match = pattern.exec(text);
    if (match === null) return text.slice(pos).trim() === "" ? tokens : undefined;
    pos = pattern.lastIndex;
    const [, name, , quoted, numeric, punct] = match;
    if (name !== undefined) tokens.push({ kind: "name", text: name });
    else if (quoted !== undefined) tokens.push({ kind: "literal", text: quoted, value: quoted });
    else if (numeric !== undefined) tokens.push({ kind: "literal", text: numeric, value: Number(numeric) });
    else if (punct === "[" || punct === "]" || punct === ",") tokens.push({ kind: "punct", text: punct });
  }
  return tokens;
}

/** One argument of a generic: a type, a literal (Literal['a']) or a bracketed list (Callable[[int], int]). */
type Arg = { schema: JsonSchema; optional: boolean } | { literal: unknown } | { ellipsis: true } | { list: true };

class TypeParser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): TypeMapping | undefined {
    const result = this.type();
    return result !== undefined && this.index === this.tokens.length ? result : undefined;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private type(): TypeMapping | undefined {
    const token = this.tokens[this.index++];
    if (token === undefined || token.kind !== "name") return undefined;
    const name = token.text.replace(/^typing\./, "").toLowerCase();
    if (this.peek()?.text !== "[") {
      const simple = simpleType(name);
      return simple === undefined ? undefined : { schema: { ...simple }, optional: false };
    }
    this.index++;
    const args = this.args();
    return args === undefined ? undefined : generic(name, args);
  }

  private args(): Arg[] | undefined {
    const args: Arg[] = [];
    for (;;) {
      const token = this.peek();
      if (token === undefined) return undefined;
      if (token.text === "]" && token.kind === "punct") {
        this.index++;
        return args;
      }
      const arg = this.arg();
      if (arg === undefined) return undefined;
      args.push(arg);
      const next = this.peek();
      if (next?.kind === "punct" && next.text === ",") this.index++;
    }
  }

  private arg(): Arg | undefined {
    const token = this.peek();
    if (token === undefined) return undefined;
    if (token.kind === "literal") {
      this.index++;
      return { literal: token.value };
    }
    if (token.kind === "name" && token.text === "...") {
      this.index++;
      return { ellipsis: true };
    }
    if (token.kind === "punct" && token.text === "[") {
      this.index++;
      return this.args() === undefined ? undefined : { list: true };
    }
    return this.type();
  }
}

const schemaOf = (arg: Arg | undefined): JsonSchema | undefined => (arg !== undefined && "schema" in arg ? arg.schema : undefined);

/** True for `{type: "x"}` alone, which a union can merge into `type: [...]`. */
function plainType(schema: JsonSchema): string | undefined {
  const keys = Object.keys(schema);
  return keys.length === 1 && typeof schema.type === "string" ? schema.type : undefined;
}

function union(members: JsonSchema[]): JsonSchema {
  if (members.some((member) => Object.keys(member).length === 0)) return {};
  const plain = members.map(plainType);
  if (plain.every((type): type is string => type !== undefined)) {
    const types = [...new Set(plain)];
    return types.length === 1 ? { type: types[0] } : { type: types };
  }
  return { anyOf: members };
}

function generic(name: string, args: Arg[]): TypeMapping | undefined {
  const schemas = args.map(schemaOf);
  const first = schemas[0];
  switch (name) {
    case "list":
    case "set":
    case "frozenset":
    case "sequence":
    case "iterable":
      return { schema: first === undefined ? { type: "array" } : { type: "array", items: first }, optional: false };
    case "tuple": {
      if (args[1] !== undefined && "ellipsis" in args[1] && first !== undefined) {
        return { schema: { type: "array", items: first }, optional: false };
      }
      const items = schemas.filter((schema): schema is JsonSchema => schema !== undefined);
      return { schema: items.length > 0 ? { type: "array", prefixItems: items } : { type: "array" }, optional: false };
    }
    case "dict":
    case "mapping": {
      const values = schemas[1];
      const open = values === undefined || Object.keys(values).length === 0;
      return { schema: open ? { type: "object" } : { type: "object", additionalProperties: values }, optional: false };
    }
    case "optional":
      return first === undefined ? undefined : { schema: first, optional: true };
    case "union": {
      const members = schemas.filter((schema): schema is JsonSchema => schema !== undefined);
      const withoutNull = members.filter((member) => member.type !== "null");
      // Union[X, None] is how Python spells an optional X.
      const optional = withoutNull.length < members.length;
      return members.length === 0 ? undefined : { schema: union(optional ? withoutNull : members), optional };
    }
    case "literal": {
      const values = args.flatMap((arg) => ("literal" in arg ? [arg.literal] : []));
      if (values.length !== args.length || values.length === 0) return undefined;
      const allStrings = values.every((value) => typeof value === "string");
      return { schema: allStrings ? { type: "string", enum: values } : { enum: values }, optional: false };
    }
    case "callable":
      return { schema: {}, optional: false };
    default:
      return undefined;
  }
}

/**
 * Reads a type name from any supported source; undefined when it is not a type ("banana").
 * A trailing ", optional" (xLAM) and Optional[...] mark the parameter optional.
 */
export function mapTypeName(text: string): TypeMapping | undefined {
  let name = text.trim();
  let optional = false;
  const suffix = /\s*,\s*optional\s*$/i;
  if (suffix.test(name)) {
    name = name.replace(suffix, "");
    optional = true;
  }
  const simple = simpleType(name.toLowerCase());
  if (simple !== undefined) return { schema: { ...simple }, optional };
  if (!name.includes("[")) return undefined;
  const tokens = tokenize(name);
  const mapped = tokens === undefined ? undefined : new TypeParser(tokens).parseAll();
  return mapped === undefined ? undefined : { schema: mapped.schema, optional: optional || mapped.optional };
}
