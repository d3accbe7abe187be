import { formatBytes } from "./upload-limits";

/** The outcome of reading a request body against a limit: the body as bytes, or why it was refused. */
export type LimitedBody = { ok: true; body: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

const tooLarge = (limit: number, seen: string): LimitedBody => ({
  ok: false,
  message: `the request body is ${seen}, over the ${formatBytes(limit)} limit for one request: send fewer or smaller files at a time`,
});

/**
 * Reads a body, refusing it as soon as it is known to be over `limit` bytes: at once when the
 * declared Content-Length says so, else while streaming (a chunked body declares nothing, and a
 * declared length is only what the client claims), without buffering more than the limit.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<LimitedBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) return tooLarge(limit, formatBytes(Number(declared)));
  if (!request.body) return { ok: true, body: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return tooLarge(limit, `more than ${formatBytes(limit)}`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}
