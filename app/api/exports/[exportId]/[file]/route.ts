import { createReadStream } from "node:fs";
import path from "node:path";
import { exportDownloadRefusal } from "@/server/auth/download-permission";
import { studioDb } from "@/server/db";
import { NotFound } from "@/server/pipeline/errors";
import { exportFileForDownload } from "@/server/services/exports";

export const dynamic = "force-dynamic";

const contentTypes: Record<string, string> = {
  ".jsonl": "application/x-ndjson; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

/** The file as a web stream, read a chunk at a time as the client takes it. */
function fileStream(file: string): ReadableStream<Uint8Array> {
  const chunks = createReadStream(file)[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

const notFound = () => new Response("not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Downloads one file an export lists, as an attachment; any other name (a path, `..`, unlisted) is a 404. */
export async function GET(request: Request, { params }: { params: Promise<{ exportId: string; file: string }> }) {
  const refusal = await exportDownloadRefusal(request.headers);
  if (refusal) return refusal;
  const { exportId, file } = await params;
  const id = Number(exportId);
  if (!/^\d+$/.test(exportId) || !Number.isSafeInteger(id) || id <= 0) return notFound();
  let found;
  try {
    found = exportFileForDownload(studioDb(), id, file);
  } catch (error) {
    if (error instanceof NotFound) return notFound();
    throw error;
  }
  return new Response(fileStream(found.file), {
    headers: {
      "Content-Type": contentTypes[path.extname(found.name)] ?? "application/octet-stream",
      "Content-Length": String(found.bytes),
      "Content-Disposition": `attachment; filename="${found.name}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
