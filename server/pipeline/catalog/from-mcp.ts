import { z } from "zod";
import { MISC_CATEGORY } from "../schemas/function-spec";
import { makeDraft } from "./draft";
import type { RecordAt } from "./location";
import { normalizeParameters, normalizeSchema } from "./normalize-schema";
import { parseShape } from "./parse-shape";
import type { FormatContext, FunctionDraft, SourceRecord } from "./types";

const mcpTool = z
  .object({
    name: z.string().min(1),
    title: z.string().nullish(),
    description: z.string().nullish(),
    inputSchema: z.unknown(),
    outputSchema: z.unknown().optional(),
  })
  .loose();

/** MCP `tools/list` tools (the envelope is removed by unwrapEnvelope); the server is the toolkit. */
export function fromMcp(records: SourceRecord[], context: FormatContext): FunctionDraft[] {
  return records.map(({ index, value }) => {
    const at: RecordAt = { file: context.file, record: index };
    const tool = parseShape(mcpTool, value, at);
    return makeDraft({
      format: "mcp",
      at,
      name: tool.name,
      nameField: "name",
      description: tool.description ?? tool.title,
      parameters: normalizeParameters(tool.inputSchema, at, "inputSchema"),
      returns: tool.outputSchema === undefined ? undefined : normalizeSchema(tool.outputSchema, at, "outputSchema"),
      toolkit: context.serverName ?? context.baseName,
      category: MISC_CATEGORY,
      original: value,
    });
  });
}
