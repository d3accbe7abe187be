import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/** The procedure paths of a tRPC request URL: `/api/trpc/a.b,c.d` → ["a.b", "c.d"]. */
function procedurePaths(url: URL): string[] {
  const tail = decodeURIComponent(url.pathname.replace(/^.*\/api\/trpc\/?/, ""));
  return tail === "" ? [""] : tail.split(",");
}

/**
 * A refusal made before tRPC runs, in tRPC's own error shape, so the tRPC client shows its message
 * like any procedure error: one error per call of a batch (`?batch=1`), a single one otherwise.
 */
export function trpcErrorResponse(request: Request, status: number, code: TRPC_ERROR_CODE_KEY, message: string): Response {
  const url = new URL(request.url);
  const paths = procedurePaths(url);
  const error = (path: string) => ({ error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, path } } });
  const body = url.searchParams.get("batch") === "1" ? paths.map(error) : error(paths[0] ?? "");
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
