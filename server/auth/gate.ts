import { isLoopback } from "./loopback";

export type GateDecision = { kind: "pass" } | { kind: "refuse"; message: string } | { kind: "sign-in" };

/** Where a signed-out browser may still go: the sign-in page, its API, and the built assets. */
const OPEN_PATHS = [/^\/sign-in(\/|$)/, /^\/api\//, /^\/_next\//, /^\/favicon\.ico$/];

/**
 * The first check of every request. With accounts off only loopback answers: a Host header naming any
 * other address (a LAN address, or a rebinding attacker's name) is refused. With accounts on, pages ask
 * the signed-out to sign in; the API itself checks the session on every call.
 */
export function gate(request: { host: string; path: string; accountsOn: boolean; hasSessionCookie: boolean }): GateDecision {
  if (!request.accountsOn) {
    if (isLoopback(request.host)) return { kind: "pass" };
    return { kind: "refuse", message: `Magnet Studio answers only on loopback while accounts are off; ${request.host} is not. Set MAGNET_ACCOUNTS=on to serve other addresses.` };
  }
  if (request.hasSessionCookie || OPEN_PATHS.some((open) => open.test(request.path))) return { kind: "pass" };
  return { kind: "sign-in" };
}
