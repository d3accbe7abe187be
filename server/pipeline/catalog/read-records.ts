import { findJsonProblem, lineAndColumn } from "./json-scan";
import { rejectFile, reject } from "./location";
import type { SourceRecord } from "./types";

export interface RecordsRead {
  /** `object`: the file is one JSON object (maybe an envelope such as `{tools:[...]}`). */
  layout: "array" | "object" | "lines";
  records: SourceRecord[];
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Says where JSON.parse failed; a JSON Lines line is named by the caller, so only its column is given. */
function syntaxMessage(text: string, where: string, singleLine: boolean): { reason: string; element?: number } {
  const problem = findJsonProblem(text);
  if (problem === undefined) return { reason: `${where} is not valid JSON` };
  const { line, column } = lineAndColumn(text, problem.offset);
  const position = singleLine ? `column ${column}` : `line ${line}, column ${column}`;
  const reason = problem.truncated
    ? `${where} is truncated: the JSON ends at ${position} before it is complete (${problem.reason})`
    : `${where} is not valid JSON: ${problem.reason} at ${position}`;
  return problem.element === undefined ? { reason } : { reason, element: problem.element };
}

function readLines(file: string, lines: string[]): SourceRecord[] {
  const records: SourceRecord[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = tryParse(line);
    if (parsed.ok) {
      records.push({ index, value: parsed.value });
      return;
    }
    reject({ file, record: index }, "", syntaxMessage(line, `line ${index + 1}`, true).reason);
  });
  return records;
}

/**
 * Splits a catalog text into records. A file is JSON Lines when it has several non-blank lines and the
 * first one is a complete JSON value on its own (record index = 0-based line); otherwise it is one JSON
 * document (record index = array element).
 */
export function readRecords(file: string, text: string): RecordsRead {
  const lines = text.split("\n");
  const nonBlank = lines.filter((line) => line.trim() !== "");
  const first = nonBlank[0];
  if (nonBlank.length > 1 && first !== undefined && tryParse(first).ok) {
    return { layout: "lines", records: readLines(file, lines) };
  }
  const parsed = tryParse(text);
  if (!parsed.ok) {
    const { reason, element } = syntaxMessage(text, "the file", false);
    if (element === undefined) rejectFile(file, reason);
    reject({ file, record: element }, "", reason);
  }
  const value = parsed.value;
  if (Array.isArray(value)) {
    if (value.length === 0) rejectFile(file, "the file is an empty JSON array: it holds no records");
    return { layout: "array", records: value.map((item, index) => ({ index, value: item })) };
  }
  return { layout: "object", records: [{ index: 0, value }] };
}
