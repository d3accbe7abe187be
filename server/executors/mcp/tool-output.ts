import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** Tools often print JSON as text: read it back as data, keep other text as it is. */
function parseText(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{"]|^-?\d|^(true|false|null)$/.test(trimmed)) return text;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

/**
 * A tools/call result as a trajectory output: `structuredContent` when the server gives it, else the
 * text content parsed (one item alone, several as a list); images and other blobs are described, not
 * copied. A result flagged `isError` becomes `{error: text}`, which the failure check catches.
 */
export function toolOutput(result: CallToolResult): unknown {
  const items = result.content.map((item) => (item.type === "text" ? parseText(item.text) : { type: item.type, ...("mimeType" in item ? { mimeType: item.mimeType } : {}) }));
  if (result.isError === true) {
    const text = result.content.flatMap((item) => (item.type === "text" ? [item.text] : [])).join("\n");
    return { error: text === "" ? "the tool reported an error" : text };
  }
  if (result.structuredContent !== undefined) return result.structuredContent;
  return items.length === 1 ? items[0] : items;
}
