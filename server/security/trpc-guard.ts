import { readBodyWithin } from "./body-limit";
import { sameOriginVerdict } from "./same-origin";
import { trpcErrorResponse } from "./trpc-error-response";
import { MAX_TRPC_BODY_BYTES } from "./upload-limits";

/**
 * What the tRPC route checks before tRPC runs: a cross-site state-changing request is refused (403),
 * a body over the limit too (413), both in tRPC's error shape; otherwise the request to hand to
 * tRPC, its body already read within the limit.
 */
export async function guardTrpcRequest(request: Request, bodyLimit: number = MAX_TRPC_BODY_BYTES): Promise<Request | Response> {
  const origin = sameOriginVerdict(request);
  if (!origin.allowed) return trpcErrorResponse(request, 403, "FORBIDDEN", `cross-site request refused: ${origin.reason}`);
  if (request.method === "GET" || request.method === "HEAD") return request;
  const body = await readBodyWithin(request, bodyLimit);
  if (!body.ok) return trpcErrorResponse(request, 413, "PAYLOAD_TOO_LARGE", body.message);
  // The same request with the body read: headers (cookies, content type) and the abort signal carry over.
  return new Request(request.url, { method: request.method, headers: request.headers, body: body.body, signal: request.signal });
}
