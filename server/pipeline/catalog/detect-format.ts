import { catalogFormats, type CatalogFormat } from "../schemas/function-spec";
import { describeValue, isRecord, reject, rejectFile } from "./location";
import type { SourceRecord } from "./types";
import { unwrapEnvelope } from "./unwrap-envelope";

/** How each format's records look, most specific first (OpenAI tools also have `function`). */
const SIGNATURES: ReadonlyArray<readonly [CatalogFormat, (record: Record<string, unknown>) => boolean]> = [
  ["openai", (r) => r.type === "function" && (isRecord(r.function) || typeof r.name === "string")],
  ["bfcl-test", (r) => "function" in r && ("question" in r || "id" in r)],
  ["toolbench", (r) => Array.isArray(r.api_list) || (typeof r.api_name === "string" && typeof r.tool_name === "string")],
  ["mcp", (r) => typeof r.name === "string" && "inputSchema" in r],
  ["xlam", (r) => "tools" in r && ("query" in r || "answers" in r)],
  ["bfcl-doc", (r) => typeof r.name === "string" && "parameters" in r],
];

/** BFCL ground truth `{id, ground_truth}` looks like data but holds answers, not functions. */
export function rejectGroundTruth(file: string, records: SourceRecord[]): void {
  const first = records[0];
  if (first !== undefined && isRecord(first.value) && "ground_truth" in first.value) {
    reject(
      { file, record: first.index },
      "ground_truth",
      "this is a BFCL possible-answer (ground-truth) file, not a function catalog; import the matching BFCL test file (e.g. BFCL_v3_simple.json) instead",
    );
  }
}

/** Detects the format from the first record (an envelope's first tool); later records are checked by shape. */
export function detectRecordsFormat(file: string, records: SourceRecord[]): CatalogFormat {
  rejectGroundTruth(file, records);
  const first = records[0];
  if (first === undefined) rejectFile(file, "the file holds no records");
  const tried = catalogFormats.join(", ");
  if (!isRecord(first.value)) {
    reject({ file, record: first.index }, "", `unknown catalog format (tried ${tried}): a record must be a JSON object, got ${describeValue(first.value)}`);
  }
  const record = first.value;
  const match = SIGNATURES.find(([, looksLike]) => looksLike(record));
  if (match === undefined) {
    const keys = Object.keys(record).slice(0, 8).join(", ");
    reject({ file, record: first.index }, "", `unknown catalog format (tried ${tried}); the record has the fields: ${keys === "" ? "none" : keys}`);
  }
  return match[0];
}

/** Which catalog format these records are in (a single `{tools:[...]}` envelope is looked into). */
export function detectFormat(file: string, records: unknown[]): CatalogFormat {
  const indexed = records.map((value, index) => ({ index, value }));
  return detectRecordsFormat(file, unwrapEnvelope(file, indexed).records);
}
