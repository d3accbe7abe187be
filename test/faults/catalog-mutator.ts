import { createRandom, type Random } from "../../server/pipeline/random";
import { serializeSeed, type CatalogSeed } from "./catalog-seeds";
import { valueAt } from "../../server/pipeline/catalog/location";
import { formatPath, jsonKind, memberPaths, setAt, type JsonPath } from "./json-paths";

/**
 * A seeded mutator: from each valid seed catalog it makes malformed files (bytes broken, records
 * broken, fields of the wrong type...), each with what the importer must do with it. The same seed
 * gives the same cases, so a failure names a case that can be replayed.
 */

export interface FaultCase {
  /** `<file> #<n> <mutation>`: unique, stable across runs. */
  id: string;
  mutation: string;
  file: string;
  bytes: Uint8Array;
  /** `either`: some instances are still valid (a truncation at a line end), so only "no crash, no partial import" holds. */
  expect: "reject" | "accept" | "either";
  /** Where the fault was put: a rejection must name this record, and a field related to this one. */
  target?: { record: number; field?: string };
  /** A rejection's reason must match this. */
  reason?: RegExp;
}

const encoder = new TextEncoder();

/**
 * JSON text that JSON.stringify cannot write (1e400, arrays nested 100000 deep, which overflow its
 * stack) travels as a marker string and is put back verbatim.
 */
const RAW = /"@@RAW:([^"@]*)@@"/g;
const rawJson = (text: string): string => `@@RAW:${text}@@`;
const stringify = (value: unknown, indent?: number): string => JSON.stringify(value, null, indent).replace(RAW, "$1");

const clone = <T>(value: T): T => structuredClone(value);

/** xLAM keeps its tools as a JSON string: mutations see it parsed, and it is written back as a string. */
function expand(seed: CatalogSeed, records: unknown[]): unknown[] {
  const field = seed.jsonStringField;
  if (field === undefined) return clone(records);
  return records.map((record) => {
    const copy = clone(record) as Record<string, unknown>;
    if (typeof copy[field] === "string") copy[field] = JSON.parse(copy[field]);
    return copy;
  });
}

function collapse(seed: CatalogSeed, records: unknown[]): unknown[] {
  const field = seed.jsonStringField;
  if (field === undefined) return records;
  return records.map((record) => {
    if (typeof record !== "object" || record === null || Array.isArray(record) || !(field in record)) return record;
    const copy = { ...(record as Record<string, unknown>) };
    copy[field] = stringify(copy[field]);
    return copy;
  });
}

const write = (seed: CatalogSeed, records: unknown[]): string => serializeSeed(seed, collapse(seed, records), stringify);

const OTHER_KINDS: Record<string, unknown[]> = {
  string: [42, true, null, [], {}, ["a"]],
  number: ["12", true, null, [], {}],
  boolean: ["true", 1, null, []],
  null: [0, "null", [], {}],
  array: ["[]", 3, {}, null, true],
  object: ["{}", 7, [], null, false, [{}]],
};

const HUGE = ["1e400", "-1e400", "1e308", "-1", "-0", "18446744073709551616", "1e-400", "123456789012345678901234567890"];

const deepArray = (depth: number): string => rawJson(`${"[".repeat(depth)}${"]".repeat(depth)}`);

function deepSchema(depth: number): unknown {
  let schema: unknown = { type: "string" };
  for (let i = 0; i < depth; i++) schema = { type: "object", properties: { inner: schema } };
  return schema;
}

/** Paths inside one record, whole records excluded; skips into long text and huge arrays for speed. */
function recordPaths(records: unknown[], random: Random): { record: number; path: JsonPath } {
  for (;;) {
    const record = random.int(records.length);
    const paths = memberPaths(records[record], 7);
    if (paths.length > 0) return { record, path: random.pick(paths) };
  }
}

/** Byte positions in the text part of a file (after its first byte, before its last non-space). */
function offsetIn(bytes: Uint8Array, random: Random): number {
  let end = bytes.length;
  while (end > 1 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x20)) end--;
  return 1 + random.int(Math.max(1, end - 1));
}

const splice = (bytes: Uint8Array, at: number, insert: number[], remove = 0): Uint8Array =>
  Uint8Array.from([...bytes.subarray(0, at), ...insert, ...bytes.subarray(at + remove)]);

const INVALID_UTF8 = [[0xff], [0xc3, 0x28], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];

type Add = (mutation: string, bytes: Uint8Array | string, expect: FaultCase["expect"], extra?: Pick<FaultCase, "target" | "reason">) => void;

function byteFaults(seed: CatalogSeed, text: string, random: Random, add: Add): void {
  const bytes = encoder.encode(text);
  const lines = seed.layout === "lines";
  for (let i = 0; i < 4; i++) {
    const cut = offsetIn(bytes, random);
    // A JSON Lines file cut at a line end is a shorter valid file; cut anywhere else it is not JSON.
    add(`truncated at byte ${cut}`, bytes.subarray(0, cut), lines ? "either" : "reject");
  }
  for (let i = 0; i < 3; i++) {
    const at = offsetIn(bytes, random);
    const bad = random.pick(INVALID_UTF8);
    add(`invalid UTF-8 ${bad.map((b) => b.toString(16)).join(" ")} at ${at}`, splice(bytes, at, bad), "reject", { reason: /not UTF-8 text/ });
  }
  add("UTF-8 BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), "accept");
  add("two BOMs", Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...bytes]), "reject");
  add("BOM inside", splice(bytes, offsetIn(bytes, random), [0xef, 0xbb, 0xbf]), "either");
  const utf16 = new Uint8Array(2 + text.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  add("UTF-16LE", utf16, "reject", { reason: /UTF-16/ });
  add("CRLF line ends", text.replace(/\n/g, "\r\n"), "accept");
  for (let i = 0; i < 2; i++) add(`NUL byte at ${i}`, splice(bytes, offsetIn(bytes, random), [0]), "reject");
  for (let i = 0; i < 2; i++) {
    const at = offsetIn(bytes, random);
    const noise = Array.from({ length: 32 }, () => random.int(256));
    add(`32 bytes of noise at ${at}`, splice(bytes, at, noise, 32), "reject");
  }
  add("garbage after the end", `${text}\n}garbage{`, "reject");
  add("file twice", `${text}${text}`, lines ? "either" : "reject");
  add("wrapped in an array", `[${text}]`, "either");
}

function recordFaults(seed: CatalogSeed, random: Random, add: Add): void {
  const base = expand(seed, seed.records);
  const mutate = (mutation: string, expect: FaultCase["expect"], change: (records: unknown[]) => { record: number; field?: string } | undefined, reason?: RegExp) => {
    const records = clone(base);
    const target = change(records);
    add(mutation, write(seed, records), expect, { ...(target ? { target } : {}), ...(reason ? { reason } : {}) });
  };

  for (let i = 0; i < 8; i++) {
    const { record, path } = recordPaths(base, random);
    const kind = jsonKind(valueAt(base[record], path));
    const value = random.pick(OTHER_KINDS[kind] ?? [null]);
    mutate(`${formatPath(path)} of record ${record} as ${JSON.stringify(value)}`, "either", (records) => {
      setAt(records[record], path, value);
      return { record, field: formatPath(path) };
    });
  }
  for (let i = 0; i < 5; i++) {
    const { record, path } = recordPaths(base, random);
    mutate(`${formatPath(path)} of record ${record} removed`, "either", (records) => {
      setAt(records[record], path, undefined, true);
      return { record, field: formatPath(path) };
    });
  }
  const nameAt = seed.nameField.replace(/\[(\d+)\]/g, ".$1").split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  const named = random.int(base.length);
  mutate(`name of record ${named} missing`, "reject", (records) => {
    setAt(records[named], nameAt, undefined, true);
    return { record: named, field: seed.nameField };
  });
  for (const value of [7, "", null, ["x"]]) {
    const record = random.int(base.length);
    mutate(`name of record ${record} as ${JSON.stringify(value)}`, "reject", (records) => {
      setAt(records[record], nameAt, value);
      return { record, field: seed.nameField };
    });
  }
  for (let i = 0; i < 4; i++) {
    const { record, path } = recordPaths(base, random);
    const huge = random.pick(HUGE);
    const infinite = /e400$/.test(huge) && !huge.startsWith("1e-");
    mutate(`${formatPath(path)} of record ${record} as ${huge}`, infinite ? "reject" : "either", (records) => {
      setAt(records[record], path, rawJson(huge));
      return { record, field: formatPath(path) };
    }, infinite ? /too large/ : undefined);
  }
  for (const depth of [300, 5000, 100_000]) {
    const { record, path } = recordPaths(base, random);
    mutate(`${formatPath(path)} of record ${record} nested ${depth} deep`, "reject", (records) => {
      setAt(records[record], path, deepArray(depth));
      return { record, field: formatPath(path) };
    });
  }
  const withProperties = (records: unknown[], record: number): JsonPath | undefined =>
    memberPaths(records[record], 6).find((path) => path[path.length - 1] === "properties" && jsonKind(valueAt(records[record], path)) === "object");
  for (const [label, member, reason] of [
    ["a schema nested 110 deep", deepSchema(110), /nested deeper than 100/],
    ["a property named __proto__", { type: "string" }, /__proto__/],
    ["a property typed \"constructor\"", { type: "constructor" }, /not a JSON Schema type/],
  ] as const) {
    const record = random.int(base.length);
    const properties = withProperties(base, record);
    if (properties === undefined) continue;
    const key = label.includes("__proto__") ? "__proto__" : "fault_member";
    mutate(`${label} in record ${record}`, "reject", (records) => {
      setAt(records[record], [...properties, key], clone(member));
      return { record, field: formatPath([...properties, key]) };
    }, reason);
  }
  const required = base.findIndex((record) => withProperties([record], 0) !== undefined);
  const properties = required < 0 ? undefined : withProperties(base, required);
  if (properties !== undefined) {
    mutate(`required names an undefined property in record ${required}`, "reject", (records) => {
      setAt(records[required], [...properties.slice(0, -1), "required"], ["fault_undefined_property"]);
      return { record: required, field: formatPath([...properties.slice(0, -1), "required"]) };
    }, /is required but not defined/);
  }
  const notObject = random.int(base.length);
  for (const value of [5, "text", null, [], true]) {
    mutate(`record ${notObject} as ${JSON.stringify(value)}`, "reject", (records) => {
      records[notObject] = value;
      return { record: notObject };
    });
  }
  mutate("a record repeated exactly", "accept", (records) => void records.push(clone(records[0])));
  mutate("a name defined twice differently", "reject", (records) => {
    const copy = clone(records[0]);
    const descriptionAt = [...nameAt.slice(0, -1), nameAt.includes("api_name") ? "api_description" : "description"];
    setAt(copy, descriptionAt, "A different definition of the same function.");
    records.push(copy);
    return { record: records.length - 1, field: seed.nameField };
  }, /is defined again/);
  for (const name of ["a\u0000b", "   ", "x".repeat(100_000), "\u202Eevil"]) {
    const record = random.int(base.length);
    mutate(`name of record ${record} as ${JSON.stringify(name.slice(0, 12))}`, "either", (records) => {
      setAt(records[record], nameAt, name);
      return { record, field: seed.nameField };
    });
  }
  mutate("no records", "reject", (records) => void records.splice(0));
}

/** Files that are not a catalog of any seed: empty, blank, binary, the wrong JSON value. */
function globalCases(random: Random): Array<[string, Uint8Array | string, FaultCase["expect"]]> {
  const binary = (prefix: number[], length: number) => Uint8Array.from([...prefix, ...Array.from({ length }, () => random.int(256))]);
  return [
    ["empty", "", "reject"],
    ["blank", " \n\t\r\n", "reject"],
    ["only a BOM", Uint8Array.from([0xef, 0xbb, 0xbf]), "reject"],
    ["BOM and blanks", Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]), "reject"],
    ["NUL bytes", new Uint8Array(64), "reject"],
    ["PNG image", binary([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 512), "reject"],
    ["gzip data", binary([0x1f, 0x8b, 0x08, 0x00], 512), "reject"],
    ["random bytes", binary([], 2048), "reject"],
    ["UTF-16BE", Uint8Array.from([0xfe, 0xff, 0x00, 0x5b, 0x00, 0x5d]), "reject"],
    ["null", "null", "reject"],
    ["a number", "42", "reject"],
    ["a string", '"tools"', "reject"],
    ["true", "true", "reject"],
    ["empty array", "[]", "reject"],
    ["empty object", "{}", "reject"],
    ["array of empty arrays", "[[], []]", "reject"],
    ["empty tools", '{"tools": []}', "reject"],
    ["tools not a list", '{"tools": {"name": "a"}}', "reject"],
    ["JSON-RPC error", '{"jsonrpc": "2.0", "id": 1, "error": {"code": -32601, "message": "no"}}', "reject"],
    ["100000 open brackets", "[".repeat(100_000), "reject"],
    ["100000 open braces", '{"a":'.repeat(100_000), "reject"],
    ["100000 nested arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, "reject"],
    ["a number too large", "1e400", "reject"],
    ["JSON Lines of numbers", "1\n2\n3\n", "reject"],
    ["JSON Lines of blank objects", "{}\n{}\n", "reject"],
    ["single quotes", "[{'type': 'function', 'function': {'name': 'a'}}]", "reject"],
    ["JavaScript, not JSON", "export default [{type: 'function'}]", "reject"],
    ["a YAML file", "tools:\n  - name: a\n    description: b\n", "reject"],
    ["only a comment", "// tools\n", "reject"],
    ["NaN", '[{"type": "function", "function": {"name": "a", "parameters": {"type": "object", "properties": {"n": {"type": "number", "default": NaN}}}}}]', "reject"],
  ];
}

export function faultCases(seeds: readonly CatalogSeed[], seed = 20240607): FaultCase[] {
  const cases: FaultCase[] = [];
  const random = createRandom(seed);
  for (const [mutation, content, expect] of globalCases(random.fork("global"))) {
    const file = `fault_${cases.length}.json`;
    cases.push({ id: `${file} ${mutation}`, mutation, file, bytes: typeof content === "string" ? encoder.encode(content) : content, expect });
  }
  for (const catalog of seeds) {
    const stream = random.fork(catalog.file);
    const add: Add = (mutation, content, expect, extra = {}) => {
      const n = cases.length;
      // A distinct folder per case: the same bytes under one name would be refused as a repeat.
      const file = `case_${n}/${catalog.file}`;
      cases.push({ id: `${file} ${mutation}`, mutation, file, bytes: typeof content === "string" ? encoder.encode(content) : content, expect, ...extra });
    };
    byteFaults(catalog, write(catalog, expand(catalog, catalog.records)), stream.fork("bytes"), add);
    recordFaults(catalog, stream.fork("records"), add);
  }
  return cases;
}
