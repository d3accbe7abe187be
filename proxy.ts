import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { gate } from "@/server/auth/gate";

export function proxy(request: NextRequest) {
  const decision = gate({
    host: request.headers.get("host") ?? "",
    path: request.nextUrl.pathname,
    accountsOn: process.env.MAGNET_ACCOUNTS === "on",
    hasSessionCookie: getSessionCookie(request) !== null,
  });
  if (decision.kind === "pass") return NextResponse.next();
  if (decision.kind === "refuse") return new NextResponse(decision.message, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}
