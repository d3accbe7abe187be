import type { CatalogFormat } from "../schemas/function-spec";
import type { JsonSchema, ObjectSchema } from "../schemas/json-schema";
import type { RecordAt } from "./location";
import type { FunctionDraft } from "./types";

export interface DraftFields {
  format: CatalogFormat;
  at: RecordAt;
  name: string;
  nameField: string;
  description: string | null | undefined;
  parameters: ObjectSchema;
  returns: JsonSchema | undefined;
  toolkit: string;
  category: string;
  dedupeKey?: string;
  stub?: boolean;
  /** The record (or the element of it) exactly as the source had it. */
  original: unknown;
}

/** Assembles a draft in one shape for every format; descriptions lose stray surrounding spaces. */
export function makeDraft(fields: DraftFields): FunctionDraft {
  return {
    name: fields.name,
    description: (fields.description ?? "").trim(),
    parameters: fields.parameters,
    ...(fields.returns === undefined ? {} : { returns: fields.returns }),
    toolkit: fields.toolkit,
    category: fields.category,
    source: { format: fields.format, file: fields.at.file, record: fields.at.record },
    nameField: fields.nameField,
    ...(fields.dedupeKey === undefined ? {} : { dedupeKey: fields.dedupeKey }),
    stub: fields.stub ?? false,
    original: fields.original,
  };
}
