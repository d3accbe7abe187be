/**
 * Whether a state-changing request comes from the studio's own pages, after Go's
 * net/http CrossOriginProtection: browsers send Sec-Fetch-Site (all current ones) or at least
 * Origin on every cross-origin POST, so a request that carries neither is not from a browser
 * page at all (curl, the CLI, tests) and cannot be a cross-site forgery.
 *
 * X-Forwarded-Host is not trusted: the studio is served by `next start` directly, nothing in
 * front of it sets that header, and any client can. A reverse proxy in front of the studio must
 * pass the Host the browser used (nginx: `proxy_set_header Host $host`).
 */

export type OriginVerdict = { allowed: true } | { allowed: false; reason: string };

/** Methods that do not change state (tRPC serves queries by GET and refuses mutations there). */
const SAFE_METHODS = new Set(["GET", "HEAD"]);

/** `host[:port]` as a URL with the origin's scheme normalizes it (case, default port), or undefined when it is not a host. */
function normalHost(scheme: string, host: string): string | undefined {
  try {
    const url = new URL(`${scheme}//${host}`);
    return url.host === "" || url.pathname !== "/" ? undefined : url.host;
  } catch {
    return undefined;
  }
}

export function sameOriginVerdict(request: { method: string; headers: Headers; url: string }): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { allowed: true };
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    // "none": the user started it (typed address, bookmark), not another site.
    if (site === "same-origin" || site === "none") return { allowed: true };
    return { allowed: false, reason: `the browser marked it ${site}` };
  }
  const origin = request.headers.get("origin");
  if (origin === null) return { allowed: true };
  if (origin === "null") return { allowed: false, reason: "it comes from an opaque origin (a sandboxed frame, a file or a data: page)" };
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return { allowed: false, reason: "its Origin header is not a URL" };
  }
  const host = request.headers.get("host") ?? new URL(request.url).host;
  if (normalHost(from.protocol, host) === from.host) return { allowed: true };
  return { allowed: false, reason: `it comes from ${from.origin}, not from this studio` };
}
