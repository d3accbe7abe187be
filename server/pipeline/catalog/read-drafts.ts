import type { CatalogFormat } from "../schemas/function-spec";
import { checkRecordValues } from "./check-values";
import { decodeCatalogText } from "./decode-text";
import { detectRecordsFormat, rejectGroundTruth } from "./detect-format";
import { baseName } from "./file-name";
import { fromBfclDoc, fromBfclTest } from "./from-bfcl";
import { fromMcp } from "./from-mcp";
import { fromOpenai } from "./from-openai";
import { fromToolbench } from "./from-toolbench";
import { fromXlam } from "./from-xlam";
import { readRecords } from "./read-records";
import { MAX_CATALOG_BYTES, type CatalogInput, type CatalogOptions, type FormatContext, type FunctionDraft, type SourceRecord } from "./types";
import { unwrapEnvelope } from "./unwrap-envelope";

type Converter = (records: SourceRecord[], context: FormatContext) => FunctionDraft[];

const CONVERTERS: Readonly<Record<CatalogFormat, Converter>> = {
  openai: fromOpenai,
  "bfcl-doc": fromBfclDoc,
  "bfcl-test": fromBfclTest,
  toolbench: fromToolbench,
  mcp: fromMcp,
  xlam: fromXlam,
};

export interface FileDrafts {
  file: string;
  format: CatalogFormat;
  records: number;
  drafts: FunctionDraft[];
}

/** Bytes → records → format → normalized drafts for one file; throws InvalidInput on the first problem. */
export function readDrafts(input: CatalogInput, options: CatalogOptions = {}): FileDrafts {
  const { file } = input;
  const text = decodeCatalogText(file, input.bytes, options.maxBytes ?? MAX_CATALOG_BYTES);
  const { records: read } = readRecords(file, text);
  const { records, serverName } = unwrapEnvelope(file, read);
  for (const record of records) checkRecordValues({ file, record: record.index }, record.value);
  rejectGroundTruth(file, records);
  const format = options.format ?? detectRecordsFormat(file, records);
  const context: FormatContext = { file, baseName: baseName(file), ...(serverName === undefined ? {} : { serverName }) };
  return { file, format, records: records.length, drafts: CONVERTERS[format](records, context) };
}
