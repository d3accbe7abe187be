import { z } from "zod";
import { MISC_CATEGORY } from "../schemas/function-spec";
import { makeDraft } from "./draft";
import { joinPath, type RecordAt } from "./location";
import { normalizeParameters, normalizeSchema } from "./normalize-schema";
import { parseShape } from "./parse-shape";
import type { FormatContext, FunctionDraft, SourceRecord } from "./types";

const openaiFunction = z
  .object({
    name: z.string().min(1),
    description: z.string().nullish(),
    parameters: z.unknown().optional(),
    // Not OpenAI's, but some catalogs add what the function answers.
    returns: z.unknown().optional(),
    response: z.unknown().optional(),
  })
  .loose();

const openaiTool = z.object({ type: z.literal("function") }).loose();

/** `{type:"function", function:{...}}`; the flat Responses-API form `{type:"function", name, ...}` too. */
export function fromOpenai(records: SourceRecord[], context: FormatContext): FunctionDraft[] {
  return records.map(({ index, value }) => {
    const at: RecordAt = { file: context.file, record: index };
    const tool = parseShape(openaiTool, value, at);
    const nested = tool.function !== undefined || tool.name === undefined;
    const prefix = nested ? "function" : "";
    const fn = parseShape(openaiFunction, nested ? tool.function : tool, at, prefix);
    const output = fn.returns ?? fn.response;
    const outputField = joinPath(prefix, fn.returns === undefined ? "response" : "returns");
    return makeDraft({
      format: "openai",
      at,
      name: fn.name,
      nameField: joinPath(prefix, "name"),
      description: fn.description,
      parameters: normalizeParameters(fn.parameters, at, joinPath(prefix, "parameters")),
      returns: output === undefined ? undefined : normalizeSchema(output, at, outputField),
      toolkit: context.serverName ?? context.baseName,
      category: MISC_CATEGORY,
      original: value,
    });
  });
}
