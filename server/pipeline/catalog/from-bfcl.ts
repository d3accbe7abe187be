import { z } from "zod";
import { MISC_CATEGORY } from "../schemas/function-spec";
import { categoryFromToolkit } from "./bfcl-category";
import { canonicalJson } from "./canonical-json";
import { makeDraft } from "./draft";
import { joinPath, type RecordAt } from "./location";
import { normalizeParameters, normalizeSchema } from "./normalize-schema";
import { parseShape } from "./parse-shape";
import type { FormatContext, FunctionDraft, SourceRecord } from "./types";

const bfclFunction = z
  .object({
    name: z.string().min(1),
    description: z.string().nullish(),
    parameters: z.unknown().optional(),
    response: z.unknown().optional(),
    returns: z.unknown().optional(),
  })
  .loose();
type BfclFunction = z.infer<typeof bfclFunction>;

const bfclTestEntry = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    function: z.array(z.unknown()),
  })
  .loose();

interface Placement {
  toolkit: string;
  category: string;
  dedupeKey?: (draft: FunctionDraft) => string;
}

function bfclDraft(original: unknown, fn: BfclFunction, at: RecordAt, prefix: string, format: "bfcl-doc" | "bfcl-test", place: Placement): FunctionDraft {
  const output = fn.response ?? fn.returns;
  const draft = makeDraft({
    format,
    at,
    name: fn.name,
    nameField: joinPath(prefix, "name"),
    description: fn.description,
    parameters: normalizeParameters(fn.parameters, at, joinPath(prefix, "parameters")),
    returns: output === undefined ? undefined : normalizeSchema(output, at, joinPath(prefix, fn.response === undefined ? "returns" : "response")),
    toolkit: place.toolkit,
    category: place.category,
    original,
  });
  return place.dedupeKey === undefined ? draft : { ...draft, dedupeKey: place.dedupeKey(draft) };
}

/** BFCL function docs: one function a line; the file is the class (toolkit), its name hints the domain. */
export function fromBfclDoc(records: SourceRecord[], context: FormatContext): FunctionDraft[] {
  const place: Placement = { toolkit: context.baseName, category: categoryFromToolkit(context.baseName) };
  return records.map(({ index, value }) => {
    const at: RecordAt = { file: context.file, record: index };
    return bfclDraft(value, parseShape(bfclFunction, value, at), at, "", "bfcl-doc", place);
  });
}

/** The same function offered by many test entries is one function: same name and same definition. */
function sameFunctionKey(draft: FunctionDraft): string {
  return canonicalJson(["bfcl-test", draft.name, draft.description, draft.parameters, draft.returns ?? null]);
}

/**
 * BFCL test entries `{id, question, function:[...]}`. Each entry's functions form its toolkit, named by
 * the entry id (`simple_12`): BFCL reuses names with different definitions across entries (three
 * `math.gcd`), so one toolkit per file would hold conflicting definitions.
 */
export function fromBfclTest(records: SourceRecord[], context: FormatContext): FunctionDraft[] {
  return records.flatMap(({ index, value }) => {
    const at: RecordAt = { file: context.file, record: index };
    const entry = parseShape(bfclTestEntry, value, at);
    const place: Placement = {
      toolkit: entry.id === undefined ? `${context.baseName}_${index}` : String(entry.id),
      category: MISC_CATEGORY,
      dedupeKey: sameFunctionKey,
    };
    return entry.function.map((item, position) => {
      const prefix = joinPath("function", position);
      return bfclDraft(item, parseShape(bfclFunction, item, at, prefix), at, prefix, "bfcl-test", place);
    });
  });
}
