import { z } from "zod";
import { isRecord, rejectFile } from "./location";
import type { SourceRecord } from "./types";

export interface Unwrapped {
  records: SourceRecord[];
  serverName?: string;
}

const named = z.object({ name: z.string().min(1) }).loose();
const envelopeNames = z
  .object({
    serverInfo: named.optional().catch(undefined),
    server: z.union([z.string().min(1), named]).optional().catch(undefined),
    name: z.string().min(1).optional().catch(undefined),
  })
  .loose();

function serverNameOf(...objects: unknown[]): string | undefined {
  for (const object of objects) {
    const parsed = envelopeNames.safeParse(object);
    if (!parsed.success) continue;
    const { serverInfo, server, name } = parsed.data;
    const found = serverInfo?.name ?? (typeof server === "string" ? server : server?.name) ?? name;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** xLAM rows also have `tools` (a JSON string), with a query next to it. */
const isToolList = (object: Record<string, unknown>): boolean =>
  Array.isArray(object.tools) && !("query" in object) && !("answers" in object);

/**
 * A file that is one object `{tools:[...]}` (OpenAI, MCP) or a JSON-RPC answer `{jsonrpc, id, result:{tools}}`
 * holds its functions in `tools`: those become the records (record index = index in `tools`).
 */
export function unwrapEnvelope(file: string, records: SourceRecord[]): Unwrapped {
  const only = records.length === 1 ? records[0]?.value : undefined;
  if (!isRecord(only)) return { records };
  if ("jsonrpc" in only && "error" in only) {
    rejectFile(file, "the file is a JSON-RPC error response, not a tools/list result");
  }
  const holder = isRecord(only.result) && isToolList(only.result) ? only.result : isToolList(only) ? only : undefined;
  if (holder === undefined || !Array.isArray(holder.tools)) return { records };
  if (holder.tools.length === 0) rejectFile(file, "the file lists no tools (`tools` is empty)");
  const serverName = serverNameOf(holder, only);
  return {
    records: holder.tools.map((value: unknown, index) => ({ index, value })),
    ...(serverName === undefined ? {} : { serverName }),
  };
}
