import type { FunctionSpec } from "../schemas/function-spec";
import { assignIds } from "./assign-ids";
import { dedupeDrafts } from "./dedupe";
import { readDrafts, type FileDrafts } from "./read-drafts";
import type { CatalogInput, CatalogOptions, FunctionDraft, ImportOptions, ImportResult, ParsedCatalog } from "./types";

/** The draft without importer bookkeeping: exactly the FunctionSpec fields but the id. */
function specFields(draft: FunctionDraft): Omit<FunctionSpec, "id"> {
  const { nameField: _nameField, dedupeKey: _dedupeKey, stub: _stub, original: _original, ...fields } = draft;
  return fields;
}

/**
 * Several files at once, all or nothing: any bad file throws before anything is returned. Duplicates are
 * dropped across files (each file lists the functions it introduced first) and ids are unique over all
 * files and `existingIds`.
 */
export function importCatalogs(inputs: CatalogInput[], options: ImportOptions = {}): ImportResult {
  const read: FileDrafts[] = inputs.map((input) => readDrafts(input, options));
  const owner = new Map<FunctionDraft, number>();
  read.forEach((file, index) => file.drafts.forEach((draft) => owner.set(draft, index)));
  const { kept, skipped } = dedupeDrafts(read.flatMap((file) => file.drafts));
  const functions = assignIds(kept.map(specFields), options.existingIds);
  const keptOwner = kept.map((draft) => owner.get(draft));
  const files: ParsedCatalog[] = read.map((entry, index) => ({
    file: entry.file,
    format: entry.format,
    records: entry.records,
    functions: functions.filter((_, position) => keptOwner[position] === index),
    originals: kept.filter((_, position) => keptOwner[position] === index).map((draft) => draft.original),
    duplicatesSkipped: skipped.filter((draft) => owner.get(draft) === index).length,
  }));
  return { files, functions };
}

/** One file: its functions, deduplicated, with ids unique within the file. */
export function parseCatalog(input: CatalogInput, options: CatalogOptions = {}): ParsedCatalog {
  const { format, records, drafts } = readDrafts(input, options);
  const { kept, skipped } = dedupeDrafts(drafts);
  return { file: input.file, format, records, functions: assignIds(kept.map(specFields)), originals: kept.map((draft) => draft.original), duplicatesSkipped: skipped.length };
}
